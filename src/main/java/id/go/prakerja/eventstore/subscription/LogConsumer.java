package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A subscriber with effects outside PostgreSQL (Kafka, say). Its checkpoint moves only after {@link #consume}
 * succeeded, so delivery is at least once and every event carries its id for the receiver to deduplicate.
 */
public non-sealed interface LogConsumer extends EventSubscriber {

    Uni<Void> consume(List<RecordedEvent> events);
}
