package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Where one {@link SubscriptionRunner} is in the log: the position it has reached, the checkpoint last stored and
 * how many events it has passed over since, and the reads of its next batch, from the shared {@link LogTail} when
 * the position lies there and from the log otherwise. Forgetting the position makes the next batch start from the
 * stored checkpoint.
 */
final class LogCursor {

    private static final Logger LOG = Logger.getLogger(LogCursor.class);

    private final EventSubscriber subscriber;
    private final EventStore eventStore;
    private final LogTail tail;
    private final Checkpoints checkpoints;
    private final EventStoreConfig.Subscriptions config;

    private LogPosition position;
    private LogPosition stored;
    private int passedOverSinceStored;
    private LogPosition readAheadFrom;
    private Uni<List<RecordedEvent>> readAhead;

    LogCursor(
            EventSubscriber subscriber,
            EventStore eventStore,
            LogTail tail,
            Checkpoints checkpoints,
            EventStoreConfig.Subscriptions config) {
        this.subscriber = subscriber;
        this.eventStore = eventStore;
        this.tail = tail;
        this.checkpoints = checkpoints;
        this.config = config;
    }

    synchronized void forget() {
        position = null;
    }

    synchronized boolean followsTail() {
        return position != null && tail.covers(position);
    }

    synchronized Uni<LogPosition> current() {
        if (position != null) {
            return Uni.createFrom().item(position);
        }
        return checkpoints.load(subscriber.name()).invoke(this::positionLoaded);
    }

    private synchronized void positionLoaded(LogPosition loaded) {
        position = loaded;
        stored = loaded;
        passedOverSinceStored = 0;
    }

    synchronized LogPosition stored() {
        return stored;
    }

    synchronized int passedOverSince(int more) {
        return passedOverSinceStored + more;
    }

    /** Moves on from {@code from} unless the position was forgotten or moved meanwhile. */
    synchronized void advancedTo(LogPosition from, LogPosition to, boolean store, int events) {
        if (!from.equals(position)) {
            return;
        }
        position = to;
        if (store) {
            stored = to;
            passedOverSinceStored = 0;
        } else {
            passedOverSinceStored += events;
        }
    }

    Uni<List<RecordedEvent>> batchAfter(LogPosition from) {
        var fromTail = tail.after(from, config.batchSize());
        return fromTail != null ? Uni.createFrom().item(fromTail) : readLog(from);
    }

    /**
     * Reads a batch from the log, and when it is full (catching up, rebuilding) already asks for the next one, so
     * that PostgreSQL reads it while this one is being handled.
     */
    private Uni<List<RecordedEvent>> readLog(LogPosition from) {
        var prefetched = takeReadAhead(from);
        return (prefetched != null ? prefetched : readLogFrom(from)).invoke(events -> {
            if (events.size() == config.catchUpBatchSize()) {
                readAhead(events.get(events.size() - 1).logPosition());
            }
        });
    }

    private synchronized void readAhead(LogPosition from) {
        if (tail.covers(from)) {
            return;
        }
        readAheadFrom = from;
        readAhead = readLogFrom(from).memoize().indefinitely();
        readAhead.subscribe().with(events -> {}, failure -> LOG.debugf("Reading ahead failed: %s", failure));
    }

    private Uni<List<RecordedEvent>> readLogFrom(LogPosition from) {
        return eventStore.readLog(from, config.catchUpBatchSize(), subscriber.payloadTypes());
    }

    private synchronized Uni<List<RecordedEvent>> takeReadAhead(LogPosition from) {
        var taken = from.equals(readAheadFrom) ? readAhead : null;
        readAheadFrom = null;
        readAhead = null;
        return taken;
    }
}
