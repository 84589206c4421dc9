package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one subscriber: holds its lease, takes the events after its checkpoint in batches ({@link LogCursor}), from
 * the shared {@link LogTail} when its position lies there and from the log otherwise, and hands each batch to its
 * {@link Delivery}, which moves the checkpoint; between batches it carries out the operators' requests for parked
 * events ({@link Parking}). It is woken when the tail has read new events, by notifications of appends and by a slow poll.
 *
 * <p>A batch the subscriber handles nothing of does not write the checkpoint: it is written with the next batch it
 * handles, once a batch's worth of events has been passed over, or when the subscriber has caught up. After a crash
 * it reads those passed-over events again and passes them over again.
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
    private final LogCursor cursor;
    private final Delivery delivery;
    private final Parking parking;
    private final EventStore eventStore;
    private final Checkpoints checkpoints;
    private final Pool pool;
    private final Supplier<Uni<SqlConnection>> leaseConnections;
    private final Vertx vertx;
    private final EventStoreConfig.Subscriptions config;
    private final BooleanSupplier mayDeliver;
    private final BooleanSupplier mayLease;

    private boolean started;
    // Read without the monitor: the balance counts every runner's lease while one of them holds its own monitor.
    private volatile SqlConnection lease;
    private boolean acquiring;
    private boolean polling;
    private boolean wokenWhilePolling;

    SubscriptionRunner(
            EventSubscriber subscriber,
            EventStore eventStore,
            LogTail tail,
            Checkpoints checkpoints,
            Pool pool,
            Supplier<Uni<SqlConnection>> leaseConnections,
            Vertx vertx,
            ParkedEvents parked,
            Clock clock,
            EventStoreConfig.Subscriptions config,
            BooleanSupplier mayDeliver,
            BooleanSupplier mayLease) {
        this.subscriber = subscriber;
        this.eventStore = eventStore;
        this.cursor = new LogCursor(subscriber, eventStore, tail, checkpoints, config);
        this.delivery = new Delivery(subscriber, cursor, eventStore, checkpoints, parked, pool, clock, config);
        this.parking = new Parking(subscriber, delivery, eventStore, parked, pool, clock);
        this.checkpoints = checkpoints;
        this.pool = pool;
        this.leaseConnections = leaseConnections;
        this.vertx = vertx;
        this.config = config;
        this.mayDeliver = mayDeliver;
        this.mayLease = mayLease;
    }

    String name() {
        return subscriber.name();
    }

    EventSubscriber subscriber() {
        return subscriber;
    }

    boolean holdsLease() {
        return lease != null;
    }

    synchronized void start() {
        started = true;
        acquireLease();
    }

    /** Takes no further batch; the one in flight, if any, goes on ({@link #isPolling}). */
    synchronized void stopTaking() {
        started = false;
    }

    synchronized boolean isPolling() {
        return polling;
    }

    /** Stops without waiting for a batch in flight; its transaction fails or commits on its own. */
    synchronized void stop() {
        started = false;
        forgetPosition();
        dropLease();
    }

    /**
     * Looks for new events now, or right after the batch in flight. The batch runs outside this runner's monitor:
     * taken from the tail it is handled on the caller's thread, and an event loop must never wait for a monitor.
     */
    void wake() {
        if (!startPolling()) {
            return;
        }
        Retries.untilDone(config, this::pollOnce, this::batchFailed, this::afterBatch);
    }

    private synchronized boolean startPolling() {
        // Not yet deliverable: the next wake asks again, at the latest the poll interval's.
        if (!started || lease == null || !mayDeliver.getAsBoolean()) {
            return false;
        }
        if (polling) {
            wokenWhilePolling = true;
            return false;
        }
        polling = true;
        wokenWhilePolling = false;
        return true;
    }

    /**
     * Wakes the runner for an append unless it follows the tail: the tail reads the append once and wakes its
     * followers then.
     */
    void wakeUnlessFollowingTail() {
        if (!cursor.followsTail()) {
            wake();
        }
    }

    /** Forgets the position in memory, so that the next batch starts from the stored checkpoint. */
    void reloadCheckpoint() {
        forgetPosition();
    }

    /** Forgets where the subscriber stands and what it parked: both are read again before its next batch. */
    private void forgetPosition() {
        cursor.forget();
        delivery.forget();
    }

    /** Gives the lease up, closing its session; a lost session's close changes nothing more. */
    private synchronized void dropLease() {
        var released = lease;
        lease = null;
        forgetPosition();
        if (released != null) {
            released.closeAndForget();
        }
    }

    private void retryLeaseLater() {
        vertx.setTimer(config.leaseRetry().toMillis(), id -> acquireLease());
    }

    private synchronized void acquireLease() {
        if (!started || lease != null || acquiring) {
            return;
        }
        if (!mayLease.getAsBoolean()) {
            retryLeaseLater();
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

    private void leaseAcquired(SqlConnection connection) {
        if (holdLease(connection)) {
            LOG.infof("Subscription %s is running here", name());
            wake();
        }
    }

    private synchronized boolean holdLease(SqlConnection connection) {
        acquiring = false;
        if (connection == null || !started) {
            if (connection != null) {
                connection.closeAndForget();
            }
            retryLeaseLater();
            return false;
        }
        lease = connection;
        connection.closeHandler(() -> leaseLost(connection));
        return true;
    }

    /**
     * Gives the lease up for another instance to take, between two batches: one in flight is left to finish, and the
     * hand-over waits for the next balance.
     */
    synchronized void handOver() {
        if (lease == null || polling) {
            return;
        }
        dropLease();
        LOG.infof("Subscription %s handed over for another instance to run", name());
        retryLeaseLater();
    }

    private synchronized void leaseLost(SqlConnection connection) {
        if (lease != connection) {
            return;
        }
        LOG.warnf("Subscription %s lost its lease connection; it will try to take the lease again", name());
        dropLease();
        retryLeaseLater();
    }

    private Uni<Integer> pollOnce() {
        if (!holdsLease()) {
            return Uni.createFrom().item(0);
        }
        if (parking.hasPending()) {
            return parking.carryOut().replaceWith(0).invoke(() -> wokenWhilePolling());
        }
        return cursor.current()
                .chain(from -> cursor.batchAfter(from)
                        .chain(events -> events.isEmpty() ? storeCaughtUp(from) : delivery.deliver(from, events)));
    }

    /** Stores a position reached by passing events over, once there is nothing more to read. */
    private Uni<Integer> storeCaughtUp(LogPosition at) {
        var expected = cursor.stored();
        if (expected == null || expected.equals(at)) {
            return Uni.createFrom().item(0);
        }
        return checkpoints
                .advance(pool, name(), expected, at)
                .invoke(() -> cursor.advancedTo(at, at, true, 0))
                .replaceWith(0);
    }

    private void afterBatch(int read) {
        delivery.succeeded();
        if (finishPolling(read)) {
            wake();
        }
    }

    /** Polls again once the parked streams' requests are carried out, for the batches waiting behind them. */
    private synchronized void wokenWhilePolling() {
        wokenWhilePolling = true;
    }

    /** Hands an operator's request for a parked stream over, to be carried out before the next batch. */
    void requested(ParkedEvents.Request request) {
        parking.requested(request);
        wake();
    }

    private synchronized boolean finishPolling(int read) {
        polling = false;
        return read >= config.batchSize() || wokenWhilePolling;
    }

    /** Retries the batch from the stored checkpoint, the way the failure calls for ({@link Delivery#failed}). */
    private void batchFailed(Throwable failure) {
        cursor.forget();
        delivery.failed(failure);
    }
}
