package id.go.prakerja.eventstore.relay;

import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes every event of the log to Kafka: one topic per stream category, the stream id as key so that a stream
 * stays in order within its partition, and the event as a binary-mode CloudEvent whose id is the event id. The
 * checkpoint moves only once Kafka acknowledged the whole batch; while Kafka is away the batch is retried and the
 * log keeps growing.
 */
@ApplicationScoped
public class KafkaRelay implements LogConsumer {

    public static final String NAME = "kafka-relay";

    private final MutinyEmitter<String> emitter;
    private final EventStoreConfig.Relay config;
    private final URI source;

    public KafkaRelay(
            @Channel("event-relay") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    MutinyEmitter<String> emitter,
            EventStoreConfig config) {
        this.emitter = emitter;
        this.config = config.relay();
        this.source = URI.create(this.config.source());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Void> consume(java.util.List<RecordedEvent> events) {
        var published = events.stream()
                .filter(event -> !config.internalCategories().contains(event.category()))
                .map(this::publish)
                .toList();
        if (published.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(published).andFailFast().replaceWithVoid();
    }

    public String topicOf(String category) {
        return config.topics().getOrDefault(category, config.topicPattern().formatted(category));
    }

    private Uni<Void> publish(RecordedEvent event) {
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topicOf(event.category()))
                .withKey(event.streamId())
                .build();
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.eventId().toString())
                .withType(event.type())
                .withSource(source)
                .withSubject(event.streamId())
                .withTimestamp(event.recordedAt().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", Long.toString(event.streamVersion()))
                .withExtension("correlationid", String.valueOf(event.metadata().correlationId()))
                .build();
        return emitter.sendMessage(
                Message.of(event.payload()).addMetadata(kafka).addMetadata(cloudEvent));
    }
}
