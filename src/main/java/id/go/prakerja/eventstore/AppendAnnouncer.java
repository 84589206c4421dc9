package id.go.prakerja.eventstore;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Tells this instance's subscriptions directly, and every other instance through PostgreSQL's NOTIFY, that appends
 * have committed. The commits of one linger ({@code eventstore.subscriptions.notification-linger}) share one
 * announcement, so that a subscriber reads and handles them as one batch.
 *
 * <p>Not a trigger on the log: a NOTIFY in a transaction takes a database-wide lock at commit, so every append
 * transaction committed one at a time behind it. On this machine single-row appends fell from ~20 000 to ~8 500 per
 * second with a notifying statement trigger (BENCHMARKS.md). Here the NOTIFY is a statement of its own, after the
 * commits it announces. Appends by other writers (a bulk load) are found by the subscriptions' slow poll.
 */
@ApplicationScoped
public class AppendAnnouncer {

    private static final String CHANNEL = "events_appended";
    private static final String ANNOUNCE = "select pg_notify('" + CHANNEL + "', $1)";
    private static final Logger LOG = Logger.getLogger(AppendAnnouncer.class);

    /** Tells an instance's own announcements, which come back over its LISTEN session, from the others'. */
    private final String instanceId = UUID.randomUUID().toString();

    private final Pool pool;
    private final Vertx vertx;
    private final EventStoreConfig config;
    private final DedicatedSessions sessions;
    private final AtomicBoolean announcementScheduled = new AtomicBoolean();
    private volatile Runnable onAppended = () -> {};
    private PgSubscriber listener;

    public AppendAnnouncer(Pool pool, Vertx vertx, EventStoreConfig config, DedicatedSessions sessions) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.sessions = sessions;
    }

    /** To be called once a transaction that appended has committed. */
    public void committed() {
        long lingerMillis = config.subscriptions().notificationLinger().toMillis();
        if (lingerMillis == 0) {
            announce();
        } else if (announcementScheduled.compareAndSet(false, true)) {
            vertx.setTimer(lingerMillis, id -> {
                announcementScheduled.set(false);
                announce();
            });
        }
    }

    /**
     * Runs {@code appended} on this instance's announcements and on every other instance's, and {@code reconnected}
     * whenever the LISTEN session (re)connects, since announcements sent while it was down are lost.
     */
    public synchronized void listen(Runnable appended, Runnable reconnected) {
        if (listener != null) {
            throw new IllegalStateException("This instance already listens for appends");
        }
        onAppended = appended;
        listener = sessions.subscriber();
        listener.channel(CHANNEL)
                .handler(announcedBy -> {
                    if (!instanceId.equals(announcedBy)) {
                        appended.run();
                    }
                })
                .subscribeHandler(reconnected);
        listener.connect()
                .subscribe()
                .with(
                        connected -> LOG.infof("Listening for appends announced on %s", CHANNEL),
                        failure -> LOG.warnf(
                                "LISTEN failed; other instances' appends are found by polling: %s",
                                failure.getMessage()));
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.closeAndForget();
        }
    }

    private void announce() {
        onAppended.run();
        pool.preparedQuery(ANNOUNCE)
                .execute(Tuple.of(instanceId))
                .subscribe()
                .with(
                        announced -> {},
                        failure -> LOG.warnf(
                                "Appends could not be announced to other instances; their slow poll will find them: %s",
                                failure.getMessage()));
    }
}
