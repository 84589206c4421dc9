package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.DatabaseFailures;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.pgclient.PgException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Hands one subscriber its batches and moves its checkpoint with them: a batch as a whole, and after repeated
 * failures one event at a time, so that the event at fault is found and parked ({@link ParkedEvents}) and every
 * other stream goes on. The later events of a parked stream are parked behind it, in order, until an operator's
 * retry or skip ({@link Parking}) applies them. A rebuild is not allowed to leave a hole: it stops at such an event
 * and says why beside its checkpoint.
 */
final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class);

    private final EventSubscriber subscriber;
    private final LogCursor cursor;
    private final EventStore eventStore;
    private final Checkpoints checkpoints;
    private final ParkedEvents parked;
    private final Pool pool;
    private final Clock clock;
    private final EventStoreConfig.Subscriptions config;

    private Set<String> parkedStreams;
    private boolean oneByOne;
    private int poisonFailures;

    Delivery(
            EventSubscriber subscriber,
            LogCursor cursor,
            EventStore eventStore,
            Checkpoints checkpoints,
            ParkedEvents parked,
            Pool pool,
            Clock clock,
            EventStoreConfig.Subscriptions config) {
        this.subscriber = subscriber;
        this.cursor = cursor;
        this.eventStore = eventStore;
        this.checkpoints = checkpoints;
        this.parked = parked;
        this.pool = pool;
        this.clock = clock;
        this.config = config;
    }

    /** Whether the event, and not the database, Kafka or a moved checkpoint, is what failed. */
    static boolean isPoison(Throwable failure) {
        if (failure instanceof CheckpointMoved
                || failure instanceof WrongExpectedVersion
                || failure instanceof DeliveryUnavailable
                || failure instanceof SubscriptionStopped) {
            return false;
        }
        var kind = DatabaseFailures.classify(failure);
        return kind == DatabaseFailures.Kind.DATA || kind == DatabaseFailures.Kind.OTHER;
    }

    /**
     * What failed, without the failure's message: a message may quote a payload's values (personal data among them),
     * and the reason is logged, kept with a parked event and shown to operators. The event's type, position and
     * stream say where to look.
     */
    static String reason(Throwable failure) {
        var reason = new StringBuilder(failure.getClass().getSimpleName());
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && pg.getSqlState() != null) {
                reason.append(" (SQLSTATE ").append(pg.getSqlState()).append(')');
                break;
            }
            if (cause != failure) {
                reason.append(" caused by ").append(cause.getClass().getSimpleName());
            }
        }
        return reason.toString();
    }

    /**
     * After {@code park-after} failures in a row that are the events' fault, the next batch goes one event at a time,
     * which parks the event at fault. A moved checkpoint also moved what was parked: both are read again.
     */
    void failed(Throwable failure) {
        var name = subscriber.name();
        if (failure instanceof CheckpointMoved) {
            LOG.infof("Subscription %s: %s", name, failure.getMessage());
            forget();
            return;
        }
        if (failure instanceof SubscriptionStopped) {
            LOG.debugf("Subscription %s is stopped: %s", name, failure.getMessage());
        } else {
            // The reason only: an exception's message may quote a payload's values; the trace is for debugging.
            LOG.warnf("Subscription %s failed a batch and will retry it: %s", name, reason(failure));
            LOG.debug("The batch's failure", failure);
        }
        if (isPoison(failure)) {
            synchronized (this) {
                oneByOne = ++poisonFailures >= config.parkAfter();
            }
        }
    }

    synchronized void succeeded() {
        poisonFailures = 0;
    }

    /** Forgets the parked streams, read again before the next batch: another instance may have changed them. */
    synchronized void forget() {
        parkedStreams = null;
    }

    /** Counts a stream as parked, in the batch's copy and, unless it was forgotten meanwhile, for the next batches. */
    private synchronized void parkedStream(Set<String> inBatch, String streamId) {
        inBatch.add(streamId);
        if (parkedStreams != null) {
            parkedStreams.add(streamId);
        }
    }

    synchronized void released(String streamId) {
        if (parkedStreams != null) {
            parkedStreams.remove(streamId);
        }
    }

    /** Hands over the handled events of {@code batch}, read after {@code from}; answers how many events it read. */
    Uni<Integer> deliver(LogPosition from, List<RecordedEvent> batch) {
        var handled = batch.stream().filter(subscriber::handles).toList();
        var unread = handled.stream()
                .filter(e -> e.payload() == null && subscriber.readsPayloads())
                .findFirst();
        if (unread.isPresent()) {
            return Uni.createFrom()
                    .failure(new IllegalStateException("Subscription " + subscriber.name() + " handles "
                            + unread.get().type() + " but does not name it among its payload types"));
        }
        return parkedNow()
                .chain(parkedInBatch -> takeOneByOne()
                        ? oneAtATime(from, batch, handled, parkedInBatch)
                        : whole(from, batch, handled, parkedInBatch));
    }

    private synchronized boolean takeOneByOne() {
        var taken = oneByOne;
        oneByOne = false;
        return taken;
    }

    /**
     * A copy of the parked streams for one batch, read from the table when they were forgotten: a lost lease may
     * forget them in the middle of a batch, which must not then apply a parked stream's later events.
     */
    private Uni<Set<String>> parkedNow() {
        synchronized (this) {
            if (parkedStreams != null) {
                return Uni.createFrom().item(new HashSet<>(parkedStreams));
            }
        }
        return parked.openStreams(subscriber.name()).map(streams -> {
            synchronized (this) {
                parkedStreams = new HashSet<>(streams);
            }
            return new HashSet<>(streams);
        });
    }

    private Uni<Integer> whole(
            LogPosition from, List<RecordedEvent> batch, List<RecordedEvent> handled, Set<String> parkedInBatch) {
        var to = batch.get(batch.size() - 1).logPosition();
        var behind = handled.stream()
                .filter(event -> parkedInBatch.contains(event.streamId()))
                .toList();
        var applied = behind.isEmpty()
                ? handled
                : handled.stream().filter(event -> !behind.contains(event)).toList();
        var expected = cursor.stored();
        var store = !handled.isEmpty() || cursor.passedOverSince(batch.size()) >= config.batchSize();
        if (!store) {
            return Uni.createFrom().item(() -> advanced(from, to, batch.size(), handled.size(), false));
        }
        return eventStore.withKeys(pool, applied).chain(keyed -> {
            Uni<Void> delivered;
            if (subscriber instanceof Projection projection) {
                delivered = pool.withTransaction(transaction -> (keyed.isEmpty()
                                ? Uni.createFrom().voidItem()
                                : projection.apply(transaction, keyed))
                        .chain(() -> parkBehind(transaction, behind))
                        .chain(() -> checkpoints.advance(transaction, subscriber.name(), expected, to)));
            } else {
                var consumer = (LogConsumer) subscriber;
                delivered = (keyed.isEmpty() ? Uni.createFrom().voidItem() : consumer.consume(keyed))
                        .chain(() -> behind.isEmpty()
                                ? checkpoints.advance(pool, subscriber.name(), expected, to)
                                : pool.withTransaction(transaction -> parkBehind(transaction, behind)
                                        .chain(() ->
                                                checkpoints.advance(transaction, subscriber.name(), expected, to))));
            }
            return delivered.map(done -> advanced(from, to, batch.size(), handled.size(), true));
        });
    }

    /** The batch again, each handled event in a transaction of its own with the checkpoint moved to it. */
    private Uni<Integer> oneAtATime(
            LogPosition from, List<RecordedEvent> batch, List<RecordedEvent> handled, Set<String> parkedInBatch) {
        var to = batch.get(batch.size() - 1).logPosition();
        var expected = cursor.stored();
        Uni<LogPosition[]> steps = Uni.createFrom().item(new LogPosition[] {from, expected});
        for (var event : handled) {
            steps = steps.chain(at -> one(at[0], at[1], event, parkedInBatch)
                    .replaceWith(() -> new LogPosition[] {event.logPosition(), event.logPosition()}));
        }
        return steps.chain(at -> at[1].equals(to)
                        ? Uni.createFrom().item(() -> advanced(at[0], to, 0, 0, true))
                        : checkpoints
                                .advance(pool, subscriber.name(), at[1], to)
                                .map(done -> advanced(at[0], to, 0, 0, true)))
                .replaceWith(batch.size());
    }

    private Uni<Void> one(LogPosition at, LogPosition stored, RecordedEvent event, Set<String> parkedInBatch) {
        var name = subscriber.name();
        var to = event.logPosition();
        if (parkedInBatch.contains(event.streamId())) {
            return pool.withTransaction(transaction -> parkBehind(transaction, List.of(event))
                            .chain(() -> checkpoints.advance(transaction, name, stored, to)))
                    .invoke(() -> advanced(at, to, 1, 1, true));
        }
        return applyOne(event, transaction -> checkpoints.advance(transaction, name, stored, to))
                .onFailure(Delivery::isPoison)
                .recoverWithUni(failure -> poisoned(stored, event, failure, parkedInBatch))
                .invoke(() -> advanced(at, to, 1, 1, true));
    }

    /** Applies one event, with {@code alongside} in its transaction (a projection) or after it (a consumer). */
    Uni<Void> applyOne(RecordedEvent event, java.util.function.Function<SqlClient, Uni<Void>> alongside) {
        return eventStore.withKeys(pool, List.of(event)).chain(keyed -> {
            if (subscriber instanceof Projection projection) {
                return pool.withTransaction(
                        transaction -> projection.apply(transaction, keyed).chain(() -> alongside.apply(transaction)));
            }
            return ((LogConsumer) subscriber).consume(keyed).chain(() -> alongside.apply(pool));
        });
    }

    private Uni<Void> poisoned(LogPosition stored, RecordedEvent event, Throwable failure, Set<String> parkedInBatch) {
        var name = subscriber.name();
        var reason = reason(failure);
        return checkpoints.rebuildUntil(name).chain(until -> {
            if (event.globalPosition() <= until) {
                var stop = "Rebuild stopped at event " + event.globalPosition() + " (" + event.type() + ") of stream "
                        + event.streamId() + ": " + reason;
                LOG.errorf("Subscription %s: %s", name, stop);
                return checkpoints
                        .stopped(name, stop)
                        .chain(() -> Uni.createFrom().failure(new SubscriptionStopped(stop)));
            }
            LOG.errorf(
                    "Subscription %s parked event %d (%s) of stream %s and goes on with the other streams: %s",
                    name, event.globalPosition(), event.type(), event.streamId(), reason);
            return pool.withTransaction(transaction -> parked.park(transaction, name, event, reason, clock.instant())
                            .chain(() -> checkpoints.advance(transaction, name, stored, event.logPosition())))
                    .invoke(() -> parkedStream(parkedInBatch, event.streamId()));
        });
    }

    private Uni<Void> parkBehind(SqlClient transaction, List<RecordedEvent> events) {
        var parkedNow = Uni.createFrom().voidItem();
        for (var event : events) {
            parkedNow = parkedNow.chain(() -> parked.park(
                    transaction,
                    subscriber.name(),
                    event,
                    "Behind a parked event of the same stream",
                    clock.instant()));
        }
        return parkedNow;
    }

    /** Moves the cursor past a batch; answers how many events it read. */
    private int advanced(LogPosition from, LogPosition to, int read, int handled, boolean store) {
        LOG.debugf("Subscription %s handled %d of %d events, %s to %s", subscriber.name(), handled, read, from, to);
        cursor.advancedTo(from, to, store, read);
        return read;
    }
}
