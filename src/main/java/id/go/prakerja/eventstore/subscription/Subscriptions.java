package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.AppendAnnouncer;
import id.go.prakerja.eventstore.DedicatedSessions;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Starts a runner for every {@link Projection} and {@link LogConsumer} bean. When appends are announced (by this
 * instance after their commit, or by another over LISTEN/NOTIFY; see {@link AppendAnnouncer}) the shared
 * {@link LogTail} reads them once and wakes the runners that follow it; runners further behind read the log
 * themselves. A slow poll wakes everything, as a fallback and so that runners store the checkpoints of events they
 * passed over. {@link LogConsumer}s deliver once the application's {@link OutboundReadiness}, if it has one, says
 * that what they write to is there.
 */
@ApplicationScoped
public class Subscriptions {

    /** What an operator sees of one subscription. */
    public record Status(
            String name,
            String kind,
            LogPosition position,
            long headPosition,
            long lag,
            Instant updatedAt,
            boolean runningHere,
            long parked,
            String stoppedReason) {}

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);

    private final Map<String, SubscriptionRunner> runners = new LinkedHashMap<>();
    private final LogTail tail;
    private final EventStore eventStore;
    private final Checkpoints checkpoints;
    private final Pool pool;
    private final Vertx vertx;
    private final EventStoreConfig config;
    private final AppendAnnouncer announcer;
    private final ParkedEvents parked;
    private final LeaseBalance balance;
    private final Clock clock;
    private final ParkingFollower parking;
    private long pollTimer = -1;

    @Inject
    public Subscriptions(
            @Any Instance<EventSubscriber> subscribers,
            EventStore eventStore,
            Checkpoints checkpoints,
            Pool pool,
            Vertx vertx,
            EventStoreConfig config,
            DedicatedSessions sessions,
            AppendAnnouncer announcer,
            Instance<OutboundReadiness> outbound,
            ParkedEvents parked,
            Clock clock,
            MeterRegistry meters) {
        this.eventStore = eventStore;
        this.checkpoints = checkpoints;
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.announcer = announcer;
        this.parked = parked;
        this.clock = clock;
        this.tail = new LogTail(eventStore, vertx, config.subscriptions(), this::wakeRunners);
        this.balance = new LeaseBalance(sessions, pool, vertx, config.subscriptions(), runners.values());
        this.parking = new ParkingFollower(parked, runners, meters);
        BooleanSupplier outboundReady = outbound.isResolvable() ? outbound.get()::ready : () -> true;
        for (var subscriber : subscribers) {
            var previous = runners.put(
                    subscriber.name(),
                    runnerFor(
                            subscriber,
                            subscriber instanceof LogConsumer ? outboundReady : () -> true,
                            balance::mayTakeLease));
            if (previous != null) {
                throw new IllegalStateException("Two subscribers are named " + subscriber.name());
            }
            parking.count(subscriber.name());
        }
    }

    /**
     * A runner outside this instance's balance, on its log tail, store and sessions, delivering whenever
     * {@code mayDeliver} says so.
     */
    SubscriptionRunner runnerFor(EventSubscriber subscriber, BooleanSupplier mayDeliver) {
        return runnerFor(subscriber, mayDeliver, () -> true);
    }

    private SubscriptionRunner runnerFor(
            EventSubscriber subscriber, BooleanSupplier mayDeliver, BooleanSupplier mayLease) {
        return new SubscriptionRunner(
                subscriber,
                eventStore,
                tail,
                checkpoints,
                pool,
                balance::leaseConnection,
                vertx,
                parked,
                clock,
                config.subscriptions(),
                mayDeliver,
                mayLease);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.subscriptions().enabled()) {
            LOG.info("Subscriptions are switched off on this instance");
            return;
        }
        announcer.listen(this::readAppended, this::wakeAll);
        pollTimer = vertx.setPeriodic(config.subscriptions().pollInterval().toMillis(), id -> {
            wakeAll();
            parking.follow();
        });
        balance.start();
        runners.values().forEach(SubscriptionRunner::start);
        tail.start();
    }

    /**
     * Lets the batches in flight finish, within {@code shutdown-grace}, so that what they did is stored and not done
     * again by the next holder, then gives the leases up for the other instances to take at once.
     */
    void onStop(@Observes ShutdownEvent event) {
        if (pollTimer >= 0) {
            vertx.cancelTimer(pollTimer);
        }
        tail.stop();
        balance.stop();
        runners.values().forEach(SubscriptionRunner::stopTaking);
        long deadline =
                System.nanoTime() + config.subscriptions().shutdownGrace().toNanos();
        while (runners.values().stream().anyMatch(SubscriptionRunner::isPolling) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        runners.values().forEach(SubscriptionRunner::stop);
    }

    public void wakeAll() {
        tail.wake();
        wakeRunners();
    }

    /** The parked events of {@code name}; the resolved ones too when {@code withResolved}. */
    public Uni<List<ParkedEvents.Parked>> parked(String name, boolean withResolved, int limit) {
        runner(name);
        return parked.list(name, withResolved, limit);
    }

    /**
     * Asks for the parked events of a stream to be applied again, after the first is skipped when a reason for
     * skipping it is given; the instance that runs the subscription does it within a poll. False when the stream has
     * nothing parked.
     */
    public Uni<Boolean> retryParked(String name, String streamId, String actor, String skipReason) {
        runner(name);
        return parked.request(name, streamId, actor, skipReason).invoke(found -> {
            if (found) {
                parking.follow();
            }
        });
    }

    private void readAppended() {
        tail.wake();
        runners.values().forEach(SubscriptionRunner::wakeUnlessFollowingTail);
    }

    private void wakeRunners() {
        runners.values().forEach(SubscriptionRunner::wake);
    }

    /**
     * Stops a subscription on this instance as a crash would: no clean hand-over, the batch in flight left to fail
     * or commit on its own. {@link #start} runs it again from its stored checkpoint.
     */
    public void stop(String name) {
        runner(name).stop();
    }

    public void start(String name) {
        runner(name).start();
    }

    public boolean exists(String name) {
        return runners.containsKey(name);
    }

    public boolean isProjection(String name) {
        return exists(name) && runner(name).subscriber() instanceof Projection;
    }

    /**
     * Empties a projection and sets its checkpoint back to the start in one transaction; whichever instance holds
     * its lease then replays the log into it while the service keeps running.
     */
    public Uni<Void> rebuild(String name) {
        var projection = (Projection) runner(name).subscriber();
        return pool.withTransaction(transaction -> checkpoints
                        .reset(transaction, name)
                        .chain(() -> parked.rebuilt(transaction, name, clock.instant()))
                        .chain(() -> projection.reset(transaction)))
                .invoke(() -> {
                    LOG.infof("Projection %s reset; rebuilding from the start of the log", name);
                    runner(name).reloadCheckpoint();
                    runner(name).wake();
                });
    }

    /**
     * Every subscription's checkpoint and lag. The lag is 0 exactly when nothing lies after the checkpoint in commit
     * order; otherwise it is the distance to the highest position, at least 1. Positions alone would mislead: a
     * transaction that took high positions can commit before one that took lower ones, and a caught-up subscriber
     * then stands below the highest position for good.
     */
    public Uni<List<Status>> status() {
        return Uni.combine()
                .all()
                .unis(checkpoints.all(), eventStore.headPosition(), parked.openCounts())
                .withUni((stored, head, parkedNow) -> {
                    var statuses = stored.stream()
                            .filter(checkpoint -> runners.containsKey(checkpoint.name()))
                            .map(checkpoint -> status(checkpoint, head, parkedNow.getOrDefault(checkpoint.name(), 0L)))
                            .toList();
                    return statuses.isEmpty()
                            ? Uni.createFrom().item(List.<Status>of())
                            : Uni.join().all(statuses).andFailFast();
                });
    }

    private Uni<Status> status(Checkpoints.Checkpoint checkpoint, long head, long parkedEvents) {
        var runner = runners.get(checkpoint.name());
        var position = checkpoint.position();
        return eventStore
                .hasEventsAfter(position)
                .map(waiting -> new Status(
                        checkpoint.name(),
                        runner.subscriber() instanceof Projection ? "projection" : "consumer",
                        position,
                        head,
                        waiting ? Math.max(1, head - position.globalPosition()) : 0,
                        checkpoint.updatedAt(),
                        runner.holdsLease(),
                        parkedEvents,
                        checkpoint.stoppedReason()));
    }

    private SubscriptionRunner runner(String name) {
        var runner = runners.get(name);
        if (runner == null) {
            throw new IllegalArgumentException("No subscription named " + name);
        }
        return runner;
    }
}
