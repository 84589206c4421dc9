package id.go.prakerja.eventstore.relay;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.DeliveryUnavailable;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Kafka sends of one consumer's batch, all at once, remembering which were acknowledged: when some fail, the
 * batch is retried whole from the checkpoint, and those already on the topic are not sent again. A failed send is
 * {@link DeliveryUnavailable}, never the event's fault; a mapping that throws is.
 */
public final class AcknowledgedSends {

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

    /**
     * Sends what {@code send} makes of each event (null: nothing to send), and completes once every one was
     * acknowledged.
     */
    public Uni<Void> sendAll(List<RecordedEvent> events, Function<RecordedEvent, Uni<Void>> send) {
        var pending = new ArrayList<Uni<Void>>();
        for (var event : events) {
            if (acknowledged.contains(event.eventId())) {
                continue;
            }
            var sent = send.apply(event);
            if (sent != null) {
                pending.add(sent.invoke(() -> acknowledged.add(event.eventId())));
            }
        }
        if (pending.isEmpty()) {
            acknowledged.clear();
            return Uni.createFrom().voidItem();
        }
        return Uni.join()
                .all(pending)
                .andCollectFailures()
                .onFailure()
                .transform(DeliveryUnavailable::new)
                .invoke(acknowledged::clear)
                .replaceWithVoid();
    }
}
