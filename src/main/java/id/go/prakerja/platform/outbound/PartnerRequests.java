package id.go.prakerja.platform.outbound;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.relay.AcknowledgedSends;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.json.Json;
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

    /** One request: its id (the partner deduplicates by it), CloudEvents type, subject and body, a contract record. */
    public record Request(String id, String type, String subject, Record body) {}

    private PartnerRequests() {}

    /**
     * Sends a request for each event, all at once, and completes when Kafka acknowledged every one. An event without
     * a request (null: the personal data it needed was erased first) sends nothing.
     */
    public static Uni<Void> sendAll(
            AcknowledgedSends sends,
            MutinyEmitter<String> channel,
            URI source,
            List<RecordedEvent> events,
            Function<RecordedEvent, Request> toRequest) {
        return sends.sendAll(events, event -> {
            var request = toRequest.apply(event);
            return request == null ? null : send(channel, source, event, request);
        });
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
                Message.of(Json.encode(request.body())).addMetadata(cloudEvent).addMetadata(kafka));
    }
}
