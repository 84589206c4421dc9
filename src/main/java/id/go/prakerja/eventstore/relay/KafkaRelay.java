package id.go.prakerja.eventstore.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes the log to Kafka as integration events: each recorded event that its category's {@link Publication}
 * maps, on one topic per category, the stream id as key so that a stream stays in order within its partition, as a
 * binary-mode CloudEvent whose id is the event id. Everything else, secrets and whole categories among it, stays in
 * the service. The checkpoint moves only once Kafka acknowledged the whole batch; while Kafka is away the batch is
 * retried, without the records Kafka already took ({@link AcknowledgedSends}), and the log keeps growing.
 */
@ApplicationScoped
public class KafkaRelay implements LogConsumer {

    public static final String NAME = "kafka-relay";

    private final MutinyEmitter<String> emitter;
    private final EventStoreConfig.Relay config;
    private final URI source;
    private final ObjectMapper json;
    private final Map<String, Publication> publications;
    /** The published stored types of each category: a type name is its category's, not the log's. */
    private final Map<String, Set<String>> publishedTypes;

    private final Set<String> payloadTypes;
    private final AcknowledgedSends sends = new AcknowledgedSends();

    public KafkaRelay(
            @Channel("event-relay") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    MutinyEmitter<String> emitter,
            EventStoreConfig config,
            ObjectMapper json,
            Instance<Publication> publications) {
        this.emitter = emitter;
        this.config = config.relay();
        this.source = URI.create(this.config.source());
        this.json = json;
        this.publications = publications.stream().collect(Collectors.toUnmodifiableMap(Publication::category, p -> p));
        this.publishedTypes = this.publications.values().stream()
                .collect(Collectors.toUnmodifiableMap(Publication::category, Publication::storedTypes));
        this.payloadTypes =
                publishedTypes.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return publishedTypes.getOrDefault(event.category(), Set.of()).contains(event.type());
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(payloadTypes);
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        return sends.sendAll(
                events,
                event -> publications
                        .get(event.category())
                        .toIntegrationEvent(event)
                        .map(message -> publish(event, message))
                        .orElse(null));
    }

    public String topicOf(String category) {
        return config.topics().getOrDefault(category, config.topicPattern().formatted(category));
    }

    private Uni<Void> publish(RecordedEvent event, IntegrationEvent message) {
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topicOf(event.category()))
                .withKey(event.streamId())
                .build();
        var traceparent = event.metadata().traceparent();
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.eventId().toString())
                .withType(message.type())
                .withSource(source)
                .withSubject(event.streamId())
                .withTimestamp(event.recordedAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", Long.toString(event.streamVersion()))
                .withExtension("correlationid", String.valueOf(event.metadata().correlationId()));
        if (traceparent != null) {
            cloudEvent.withExtension("traceparent", traceparent);
        }
        var record = Message.of(encode(message)).addMetadata(kafka).addMetadata(cloudEvent.build());
        // The producer's span continues the trace of the request that appended the event, not the relay's poll.
        var traced = TraceContexts.parentOf(traceparent)
                .map(parent -> record.addMetadata(TracingMetadata.withCurrent(parent)))
                .orElse(record);
        return emitter.sendMessage(traced);
    }

    private String encode(IntegrationEvent message) {
        try {
            return json.writeValueAsString(message.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Integration event " + message.type() + " cannot be written as JSON", e);
        }
    }
}
