package id.go.prakerja.platform.outbound;

import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Requests to partners, sent by process managers from the log: each a binary-mode CloudEvent keyed by participant,
 * acknowledged by Kafka before the process manager's checkpoint moves.
 */
public final class PartnerRequests {

    /** One request: its id (the partner deduplicates by it), CloudEvents type, subject and JSON body. */
    public record Request(String id, String type, String subject, JsonObject body) {}

    private PartnerRequests() {}

    /** Sends a request for each event, all at once, and completes when Kafka acknowledged every one. */
    public static Uni<Void> sendAll(
            MutinyEmitter<String> channel,
            URI source,
            List<RecordedEvent> events,
            Function<RecordedEvent, Request> toRequest) {
        return Uni.join()
                .all(events.stream()
                        .map(event -> send(channel, source, event, toRequest.apply(event)))
                        .toList())
                .andFailFast()
                .replaceWithVoid();
    }

    private static Uni<Void> send(MutinyEmitter<String> channel, URI source, RecordedEvent event, Request request) {
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(request.id())
                .withType(request.type())
                .withSource(source)
                .withSubject(request.subject())
                .withTimestamp(event.recordedAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(request.subject())
                .build();
        return channel.sendMessage(
                Message.of(request.body().encode()).addMetadata(cloudEvent).addMetadata(kafka));
    }
}
