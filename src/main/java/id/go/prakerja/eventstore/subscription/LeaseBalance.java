package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.DedicatedSessions;
import id.go.prakerja.eventstore.EventStoreConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Spreads the subscriptions over the instances that run them. Each such instance is present in PostgreSQL as the
 * sessions named {@code prakerja-subscriptions:<instance>} (its leases, and one session that says it is there); an
 * instance takes a lease only while it holds fewer than its share (the subscriptions divided by the instances
 * present, rounded up), and hands one over when it holds more, for example after another instance started. When an
 * instance dies its sessions end, the others' share grows, and they take its subscriptions within a lease retry.
 */
final class LeaseBalance {

    private static final Logger LOG = Logger.getLogger(LeaseBalance.class);
    private static final String PREFIX = "prakerja-subscriptions:";
    private static final String PRESENT = "select count(distinct application_name) as present from pg_stat_activity"
            + " where application_name like $1";

    private final String applicationName;
    private final DedicatedSessions sessions;
    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;
    private final Collection<SubscriptionRunner> runners;

    private volatile int share;
    private volatile boolean running;
    private SqlConnection presence;
    private long timer = -1;

    LeaseBalance(
            DedicatedSessions sessions,
            Pool pool,
            Vertx vertx,
            EventStoreConfig.Subscriptions config,
            Collection<SubscriptionRunner> runners) {
        this.applicationName =
                PREFIX + config.instanceName().orElseGet(() -> UUID.randomUUID().toString());
        this.sessions = sessions;
        this.pool = pool;
        this.vertx = vertx;
        this.interval = config.leaseRetry();
        this.runners = runners;
    }

    /** A session for a lease, named as this instance's. */
    Uni<SqlConnection> leaseConnection() {
        return sessions.connect(applicationName);
    }

    boolean mayTakeLease() {
        return held() < share;
    }

    synchronized void start() {
        running = true;
        share = runners.size();
        keepPresent();
        timer = vertx.setPeriodic(interval.toMillis(), id -> rebalance());
    }

    synchronized void stop() {
        running = false;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (presence != null) {
            presence.closeAndForget();
            presence = null;
        }
    }

    private void keepPresent() {
        leaseConnection().subscribe().with(this::present, failure -> {
            LOG.debugf("Could not say this instance is present yet: %s", failure.getMessage());
            retryPresence();
        });
    }

    private synchronized void present(SqlConnection connection) {
        if (!running) {
            connection.closeAndForget();
            return;
        }
        presence = connection;
        connection.closeHandler(this::retryPresence);
    }

    private void retryPresence() {
        if (running) {
            vertx.setTimer(interval.toMillis(), id -> keepPresent());
        }
    }

    private void rebalance() {
        pool.preparedQuery(PRESENT)
                .execute(Tuple.of(PREFIX + "%"))
                .map(rows -> rows.iterator().next().getInteger("present"))
                .subscribe()
                .with(this::rebalance, failure -> LOG.debugf("Could not count the instances: %s", failure));
    }

    private void rebalance(int present) {
        int instances = Math.max(1, present);
        share = (runners.size() + instances - 1) / instances;
        if (held() > share) {
            runners.stream()
                    .filter(SubscriptionRunner::holdsLease)
                    .reduce((first, second) -> second)
                    .ifPresent(SubscriptionRunner::handOver);
        }
    }

    private int held() {
        return (int) runners.stream().filter(SubscriptionRunner::holdsLease).count();
    }
}
