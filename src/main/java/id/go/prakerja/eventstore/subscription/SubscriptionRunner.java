package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one subscriber: holds its lease, reads the log from its checkpoint in batches, hands each batch over and
 * moves the checkpoint. It is woken by notifications of new events, by a slow poll, and, when committed events wait
 * behind a transaction still running, by a short timer.
 *
 * <p>The lease is a session advisory lock on a connection of its own, outside the pool, so that closing it really
 * ends the session and frees the lock: only one instance of the service runs a given
 * subscription, and a crashed instance's lease ends with its connection. Even if two ran at once, the checkpoint
 * moves only from where a batch started, so a batch is applied once.
 */
final class SubscriptionRunner {

    private static final Logger LOG = Logger.getLogger(SubscriptionRunner.class);
    private static final String TRY_LEASE = "select pg_try_advisory_lock(hashtextextended($1, 1)) as leased";

    private final EventSubscriber subscriber;
    private final EventStore eventStore;
    private final Checkpoints checkpoints;
    private final Pool pool;
    private final Supplier<Uni<SqlConnection>> leaseConnections;
    private final Vertx vertx;
    private final EventStoreConfig.Subscriptions config;

    private boolean started;
    private SqlConnection lease;
    private boolean acquiring;
    private LogPosition position;
    private boolean polling;
    private boolean wokenWhilePolling;

    SubscriptionRunner(
            EventSubscriber subscriber,
            EventStore eventStore,
            Checkpoints checkpoints,
            Pool pool,
            Supplier<Uni<SqlConnection>> leaseConnections,
            Vertx vertx,
            EventStoreConfig.Subscriptions config) {
        this.subscriber = subscriber;
        this.eventStore = eventStore;
        this.checkpoints = checkpoints;
        this.pool = pool;
        this.leaseConnections = leaseConnections;
        this.vertx = vertx;
        this.config = config;
    }

    String name() {
        return subscriber.name();
    }

    EventSubscriber subscriber() {
        return subscriber;
    }

    synchronized boolean holdsLease() {
        return lease != null;
    }

    synchronized void start() {
        started = true;
        acquireLease();
    }

    /** Stops without waiting for a batch in flight; its transaction fails or commits on its own. */
    synchronized void stop() {
        started = false;
        position = null;
        if (lease != null) {
            var released = lease;
            lease = null;
            released.closeAndForget();
        }
    }

    /** Looks for new events now, or right after the batch in flight. */
    synchronized void wake() {
        if (!started || lease == null) {
            return;
        }
        if (polling) {
            wokenWhilePolling = true;
            return;
        }
        polling = true;
        wokenWhilePolling = false;
        Uni.createFrom()
                .deferred(this::pollOnce)
                .onFailure()
                .invoke(this::batchFailed)
                .onFailure()
                .retry()
                .withBackOff(config.failureBackoff(), config.maxFailureBackoff())
                .indefinitely()
                .subscribe()
                .with(this::afterBatch);
    }

    /** Forgets the position in memory, so that the next batch starts from the stored checkpoint. */
    synchronized void reloadCheckpoint() {
        position = null;
    }

    private synchronized void acquireLease() {
        if (!started || lease != null || acquiring) {
            return;
        }
        acquiring = true;
        leaseConnections
                .get()
                .chain(connection -> connection
                        .preparedQuery(TRY_LEASE)
                        .execute(Tuple.of(subscriber.name()))
                        .map(rows -> rows.iterator().next().getBoolean("leased"))
                        .onFailure()
                        .call(connection::close)
                        .chain(leased -> leased
                                ? Uni.createFrom().item(connection)
                                : connection.close().replaceWith((SqlConnection) null)))
                .subscribe()
                .with(this::leaseAcquired, failure -> {
                    LOG.warnf("Subscription %s could not ask for its lease: %s", name(), failure.getMessage());
                    leaseAcquired(null);
                });
    }

    private synchronized void leaseAcquired(SqlConnection connection) {
        acquiring = false;
        if (connection == null || !started) {
            if (connection != null) {
                connection.closeAndForget();
            }
            vertx.setTimer(config.leaseRetry().toMillis(), id -> acquireLease());
            return;
        }
        lease = connection;
        connection.closeHandler(() -> leaseLost(connection));
        LOG.infof("Subscription %s is running here", name());
        wake();
    }

    private synchronized void leaseLost(SqlConnection connection) {
        if (lease != connection) {
            return;
        }
        LOG.warnf("Subscription %s lost its lease connection; it will try to take the lease again", name());
        lease = null;
        position = null;
        vertx.setTimer(config.leaseRetry().toMillis(), id -> acquireLease());
    }

    private Uni<Integer> pollOnce() {
        if (!holdsLease()) {
            return Uni.createFrom().item(0);
        }
        return currentPosition()
                .chain(from -> eventStore
                        .readLog(from, config.batchSize())
                        .chain(batch -> batch.isEmpty() ? Uni.createFrom().item(0) : handle(from, batch)));
    }

    private synchronized Uni<LogPosition> currentPosition() {
        if (position != null) {
            return Uni.createFrom().item(position);
        }
        return checkpoints.load(name()).invoke(this::positionLoaded);
    }

    private synchronized void positionLoaded(LogPosition loaded) {
        position = loaded;
    }

    private Uni<Integer> handle(LogPosition from, List<RecordedEvent> batch) {
        var to = batch.get(batch.size() - 1).logPosition();
        var handled = batch.stream().filter(subscriber::handles).toList();
        Uni<Void> delivered;
        if (subscriber instanceof Projection projection) {
            delivered = pool.withTransaction(transaction -> (handled.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : projection.apply(transaction, handled))
                    .chain(() -> checkpoints.advance(transaction, name(), from, to)));
        } else {
            var consumer = (LogConsumer) subscriber;
            delivered = (handled.isEmpty() ? Uni.createFrom().voidItem() : consumer.consume(handled))
                    .chain(() -> checkpoints.advance(pool, name(), from, to));
        }
        return delivered
                .invoke(() -> {
                    LOG.debugf(
                            "Subscription %s handled %d of %d events, %s to %s, first %s",
                            name(),
                            handled.size(),
                            batch.size(),
                            from,
                            to,
                            batch.get(0).logPosition());
                    advancedTo(from, to);
                })
                .replaceWith(batch.size());
    }

    private synchronized void advancedTo(LogPosition from, LogPosition to) {
        if (from.equals(position)) {
            position = to;
        }
    }

    private synchronized void afterBatch(int read) {
        polling = false;
        if (read == config.batchSize() || wokenWhilePolling) {
            wake();
        } else if (read == 0 && position != null) {
            eventStore
                    .hasEventsAfter(position)
                    .subscribe()
                    .with(
                            this::retrySoonIfWaiting,
                            failure -> LOG.debugf("Looking for waiting events failed: %s", failure.getMessage()));
        }
    }

    private void retrySoonIfWaiting(boolean eventsWaiting) {
        if (eventsWaiting) {
            vertx.setTimer(config.horizonRetry().toMillis(), id -> wake());
        }
    }

    private synchronized void batchFailed(Throwable failure) {
        position = null;
        if (failure instanceof CheckpointMoved) {
            LOG.infof("Subscription %s: %s", name(), failure.getMessage());
        } else {
            LOG.warnf(failure, "Subscription %s failed a batch and will retry it", name());
        }
    }
}
