package id.go.prakerja.overview;

import id.go.prakerja.eventstore.DedicatedSessions;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Status changes of every participant, as the projection announces them at commit. Each instance listens once and
 * fans out to its own SSE clients, so a client sees changes whichever instance runs the projection.
 */
@ApplicationScoped
public class StatusBroadcast {

    /** A participant's status as of a version of their stream. */
    public record StatusChanged(UUID participantId, String status, long version) {}

    private static final Logger LOG = Logger.getLogger(StatusBroadcast.class);

    private final BroadcastProcessor<StatusChanged> changes = BroadcastProcessor.create();
    private final DedicatedSessions sessions;
    private PgSubscriber subscriber;

    public StatusBroadcast(DedicatedSessions sessions) {
        this.sessions = sessions;
    }

    void onStart(@Observes StartupEvent event) {
        subscriber = sessions.subscriber();
        subscriber.channel(ParticipantOverviewProjection.STATUS_CHANNEL).handler(this::publish);
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> LOG.debug("Listening for participant status changes"),
                        failure -> LOG.warnf("Status changes cannot be streamed: %s", failure.getMessage()));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
        changes.onComplete();
    }

    public Multi<StatusChanged> of(UUID participantId) {
        return changes.filter(change -> change.participantId().equals(participantId));
    }

    private void publish(String payload) {
        var json = new JsonObject(payload);
        if (json.getString("status") != null) {
            changes.onNext(new StatusChanged(
                    UUID.fromString(json.getString("participantId")),
                    json.getString("status"),
                    json.getLong("version")));
        }
    }
}
