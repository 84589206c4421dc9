package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Carries out the operators' requests for one subscription's parked streams, on the instance that runs it and
 * between two batches: a retry applies the stream's parked events in order and stops at the first that fails again;
 * a skip closes the first (the one at fault) with the operator's reason and retries the rest. Once none is left
 * the stream's new events are handled as they come again.
 */
final class Parking {

    private static final Logger LOG = Logger.getLogger(Parking.class);

    private final EventSubscriber subscriber;
    private final Delivery delivery;
    private final EventStore eventStore;
    private final ParkedEvents parked;
    private final Pool pool;
    private final Clock clock;
    private final Set<ParkedEvents.Request> pending = new LinkedHashSet<>();

    Parking(
            EventSubscriber subscriber,
            Delivery delivery,
            EventStore eventStore,
            ParkedEvents parked,
            Pool pool,
            Clock clock) {
        this.subscriber = subscriber;
        this.delivery = delivery;
        this.eventStore = eventStore;
        this.parked = parked;
        this.pool = pool;
        this.clock = clock;
    }

    synchronized void requested(ParkedEvents.Request request) {
        pending.add(request);
    }

    synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Carries out every pending request; one that fails for the database stays requested and comes back. */
    Uni<Void> carryOut() {
        List<ParkedEvents.Request> requests;
        synchronized (this) {
            requests = new ArrayList<>(pending);
            pending.clear();
        }
        var done = Uni.createFrom().voidItem();
        for (var request : requests) {
            done = done.chain(() -> carryOut(request).onFailure().recoverWithUni(failure -> {
                LOG.warnf(
                        "Subscription %s could not retry the parked events of stream %s yet: %s",
                        subscriber.name(), request.streamId(), Delivery.reason(failure));
                return Uni.createFrom().voidItem();
            }));
        }
        return done;
    }

    private Uni<Void> carryOut(ParkedEvents.Request request) {
        return parked.claim(subscriber.name(), request.streamId())
                .chain(claimed ->
                        claimed.isEmpty() ? Uni.createFrom().voidItem() : carryOut(request.streamId(), claimed.get()));
    }

    private Uni<Void> carryOut(String streamId, boolean skipFirst) {
        var name = subscriber.name();
        return parked.openOfStream(pool, name, streamId).chain(open -> {
            if (open.isEmpty()) {
                delivery.released(streamId);
                return Uni.createFrom().voidItem();
            }
            var retried = skipFirst ? open.subList(1, open.size()) : open;
            var skipped = skipFirst
                    ? parked.resolve(pool, name, open.get(0).globalPosition(), "SKIPPED", clock.instant())
                            .invoke(() -> LOG.infof(
                                    "Subscription %s skipped parked event %d of stream %s at an operator's request",
                                    name, open.get(0).globalPosition(), streamId))
                    : Uni.createFrom().voidItem();
            var positions =
                    retried.stream().map(ParkedEvents.Parked::globalPosition).toList();
            return skipped.chain(() -> positions.isEmpty()
                            ? Uni.createFrom().item(List.<RecordedEvent>of())
                            : eventStore.readEvents(pool, positions))
                    .chain(events -> retryInOrder(events, 0))
                    .invoke(allApplied -> {
                        if (allApplied) {
                            delivery.released(streamId);
                            LOG.infof(
                                    "Subscription %s applied the parked events of stream %s; it is no longer parked",
                                    name, streamId);
                        }
                    })
                    .replaceWithVoid();
        });
    }

    /** Applies {@code events} from {@code index} on, in order; answers false at the first that fails again. */
    private Uni<Boolean> retryInOrder(List<RecordedEvent> events, int index) {
        if (index == events.size()) {
            return Uni.createFrom().item(true);
        }
        var event = events.get(index);
        var name = subscriber.name();
        return delivery.applyOne(
                        event,
                        client -> parked.resolve(client, name, event.globalPosition(), "RETRIED", clock.instant()))
                .replaceWith(true)
                .onFailure(Delivery::isPoison)
                .recoverWithUni(failure -> {
                    LOG.warnf(
                            "Subscription %s: parked event %d of stream %s failed again and stays parked: %s",
                            name, event.globalPosition(), event.streamId(), Delivery.reason(failure));
                    return parked.retryFailed(name, event.globalPosition(), Delivery.reason(failure))
                            .replaceWith(false);
                })
                .chain(applied -> applied
                        ? retryInOrder(events, index + 1)
                        : Uni.createFrom().item(false));
    }
}
