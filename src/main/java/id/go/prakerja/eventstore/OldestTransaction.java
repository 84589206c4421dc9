package id.go.prakerja.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The oldest transaction still running in the database that holds a transaction id. The log is read only below it
 * (see {@link EventStore}), so one transaction left open anywhere, by any program, stalls every subscription until it
 * ends: its age is the metric {@code prakerja_eventstore_oldest_transaction_seconds}, and the backend is named in
 * readiness' details, for an operator to end it.
 */
@ApplicationScoped
public class OldestTransaction {

    /** A running transaction: the backend's process id, its program and state, and how long it has run. */
    public record Blocker(int pid, String applicationName, String state, long ageSeconds) {

        public String describe() {
            return "oldest transaction " + ageSeconds + " s old: backend pid " + pid + " ("
                    + (applicationName == null || applicationName.isBlank() ? "no application name" : applicationName)
                    + ", " + state + ")";
        }
    }

    private static final Logger LOG = Logger.getLogger(OldestTransaction.class);
    private static final long REFRESH_MILLIS = 10_000;
    private static final String OLDEST = "select pid, application_name, state,"
            + " floor(extract(epoch from now() - xact_start))::bigint as age from pg_stat_activity"
            + " where backend_xid is not null and xact_start is not null order by xact_start limit 1";

    private final Pool pool;
    private final Vertx vertx;
    private final AtomicLong ageSeconds = new AtomicLong();
    private long timer = -1;

    public OldestTransaction(Pool pool, Vertx vertx, MeterRegistry meters) {
        this.pool = pool;
        this.vertx = vertx;
        meters.gauge("prakerja.eventstore.oldest.transaction.seconds", ageSeconds, AtomicLong::get);
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(
                REFRESH_MILLIS,
                id -> oldest().subscribe()
                        .with(
                                blocker -> {},
                                failure -> LOG.debugf("Oldest transaction unknown: %s", failure.getMessage())));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The oldest running transaction, if any; the metric follows. */
    public Uni<Optional<Blocker>> oldest() {
        return pool.query(OLDEST).execute().map(rows -> {
            if (rows.rowCount() == 0) {
                ageSeconds.set(0);
                return Optional.empty();
            }
            var row = rows.iterator().next();
            var blocker = new Blocker(
                    row.getInteger("pid"),
                    row.getString("application_name"),
                    row.getString("state"),
                    row.getLong("age"));
            ageSeconds.set(blocker.ageSeconds());
            return Optional.of(blocker);
        });
    }
}
