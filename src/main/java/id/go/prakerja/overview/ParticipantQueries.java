package id.go.prakerja.overview;

import id.go.prakerja.eventstore.DedicatedSessions;
import id.go.prakerja.participant.JourneyConfig;
import id.go.prakerja.platform.problem.ProjectionBehind;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Reads of the participant projections. Given a minimum version (read-your-writes), a read waits briefly for the
 * projection to reach it instead of answering with what the caller knows to be stale.
 *
 * <p>The overview, the busiest read of the platform (status and balance by id), is one prepared statement on a
 * pipelined client of its own: through a Hibernate Reactive session the service spent about 0.3 ms of CPU per request,
 * and through the pool, which lends a connection per statement, PostgreSQL spent 1.5 to 1.9 times the CPU per read
 * that it spends when the statements arrive pipelined on a few connections (BENCHMARKS.md). The timeline and the
 * other read models stay with Panache.
 */
@ApplicationScoped
public class ParticipantQueries {

    private static final Duration RECHECK = Duration.ofMillis(20);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private static final String OVERVIEW =
            "select " + ParticipantOverview.COLUMNS + " from participant_overview where participant_id = $1";

    private final SqlClient overviews;

    public ParticipantQueries(DedicatedSessions sessions, JourneyConfig config) {
        this.overviews = sessions.pipelinedClient(config.overviewReadConnections());
    }

    @PreDestroy
    void close() {
        overviews.closeAndForget();
    }

    /** The overview as it stands; null when the participant does not exist. */
    public Uni<ParticipantOverview> overview(UUID participantId) {
        return overviews
                .preparedQuery(OVERVIEW)
                .execute(Tuple.of(participantId))
                .map(rows -> rows.rowCount() == 0
                        ? null
                        : ParticipantOverview.from(rows.iterator().next()));
    }

    /** The overview at {@code minVersion} or later; null when the participant does not exist. */
    public Uni<ParticipantOverview> overview(UUID participantId, long minVersion) {
        if (minVersion <= 0) {
            return overview(participantId);
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        return awaitVersion(participantId, minVersion, deadline);
    }

    @WithSession
    public Uni<List<TimelineEntry>> timeline(UUID participantId) {
        return TimelineEntry.list("participantId = ?1 order by version", participantId);
    }

    private Uni<ParticipantOverview> awaitVersion(UUID participantId, long minVersion, long deadline) {
        return overview(participantId).chain(view -> {
            if (view != null && view.version() >= minVersion) {
                return Uni.createFrom().item(view);
            }
            if (System.nanoTime() > deadline) {
                return Uni.createFrom().failure(new ProjectionBehind("participant " + participantId, minVersion));
            }
            return Uni.createFrom()
                    .voidItem()
                    .onItem()
                    .delayIt()
                    .by(RECHECK)
                    .chain(() -> awaitVersion(participantId, minVersion, deadline));
        });
    }
}
