package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The newest stretch of the log, read and decoded once for all the subscribers of this instance. Without it every
 * subscriber read each new event itself: the benchmark counted 3.5 log reads and 3 checkpoint writes per append. A
 * subscriber whose position lies within the stretch takes its next events from here; one further behind (catching
 * up, rebuilding) reads the log itself until it reaches the stretch.
 *
 * <p>The stretch is contiguous: it holds every event after {@code start} up to {@code end} in commit order, because
 * it only ever grows by reading the log from {@code end}, under the same horizon as any other reader, and only
 * shrinks from the front.
 */
final class LogTail {

    private static final Logger LOG = Logger.getLogger(LogTail.class);

    private final EventStore eventStore;
    private final Vertx vertx;
    private final EventStoreConfig.Subscriptions config;
    private final Runnable onNewEvents;
    private final ArrayList<RecordedEvent> events = new ArrayList<>();

    private boolean started;
    private boolean reading;
    private boolean wokenWhileReading;
    private LogPosition start;
    private LogPosition end;

    LogTail(EventStore eventStore, Vertx vertx, EventStoreConfig.Subscriptions config, Runnable onNewEvents) {
        this.eventStore = eventStore;
        this.vertx = vertx;
        this.config = config;
        this.onNewEvents = onNewEvents;
    }

    void start() {
        synchronized (this) {
            started = true;
        }
        wake();
    }

    synchronized void stop() {
        started = false;
        events.clear();
        start = null;
        end = null;
    }

    /** Reads what was appended since the last read, now or right after the read in flight. */
    void wake() {
        if (startReading()) {
            Retries.untilDone(
                    config,
                    this::readOnce,
                    failure -> LOG.warnf("Reading the tail of the log failed, trying again: %s", failure.getMessage()),
                    this::afterRead);
        }
    }

    private synchronized boolean startReading() {
        if (!started) {
            return false;
        }
        if (reading) {
            wokenWhileReading = true;
            return false;
        }
        reading = true;
        wokenWhileReading = false;
        return true;
    }

    /**
     * Up to {@code limit} events after {@code from}, or null when {@code from} lies before the stretch (or there is
     * none yet) and the caller has to read the log itself. Empty when nothing newer has been read.
     */
    synchronized List<RecordedEvent> after(LogPosition from, int limit) {
        if (!covers(from)) {
            return null;
        }
        if (from.compareTo(end) >= 0) {
            return List.of();
        }
        var first = firstAfter(from);
        return new ArrayList<>(events.subList(first, Math.min(events.size(), first + limit)));
    }

    /** Whether the events after {@code position} are taken from here. */
    synchronized boolean covers(LogPosition position) {
        return start != null && position.compareTo(start) >= 0;
    }

    /** Adds a batch read from the log from {@code from}; a batch that no longer continues the stretch is dropped. */
    synchronized void extend(LogPosition from, List<RecordedEvent> batch) {
        if (!from.equals(end) || batch.isEmpty()) {
            return;
        }
        events.addAll(batch);
        end = batch.get(batch.size() - 1).logPosition();
        var excess = events.size() - config.tailSize();
        if (excess > 0) {
            start = events.get(excess - 1).logPosition();
            events.subList(0, excess).clear();
        }
    }

    /** Starts an empty stretch at {@code horizon}, unless another read started it meanwhile. */
    synchronized void begin(LogPosition horizon) {
        if (start == null) {
            start = horizon;
            end = horizon;
        }
    }

    private int firstAfter(LogPosition from) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).logPosition().compareTo(from) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private Uni<Integer> readOnce() {
        return currentEnd()
                .chain(from -> eventStore
                        .readLog(from, config.batchSize())
                        .invoke(batch -> extend(from, batch))
                        .map(List::size));
    }

    private synchronized Uni<LogPosition> currentEnd() {
        if (end != null) {
            return Uni.createFrom().item(end);
        }
        return eventStore.horizon().invoke(this::begin).map(this::endOrHorizon);
    }

    private synchronized LogPosition endOrHorizon(LogPosition horizon) {
        return end != null ? end : horizon;
    }

    private void afterRead(int read) {
        boolean again;
        LogPosition probeFrom;
        synchronized (this) {
            reading = false;
            again = started && (read == config.batchSize() || wokenWhileReading);
            probeFrom = read == 0 && started ? end : null;
        }
        if (read > 0) {
            onNewEvents.run();
        }
        if (again) {
            wake();
        } else if (probeFrom != null) {
            eventStore
                    .hasEventsAfter(probeFrom)
                    .subscribe()
                    .with(
                            waiting -> {
                                if (waiting) {
                                    vertx.setTimer(config.horizonRetry().toMillis(), id -> wake());
                                }
                            },
                            failure -> LOG.debugf("Looking for waiting events failed: %s", failure.getMessage()));
        }
    }
}
