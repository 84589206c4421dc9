package id.go.prakerja.grievance;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Projection;
import id.go.prakerja.grievance.GrievanceEvent.Assigned;
import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.grievance.GrievanceEvent.Cancelled;
import id.go.prakerja.grievance.GrievanceEvent.Closed;
import id.go.prakerja.grievance.GrievanceEvent.Escalated;
import id.go.prakerja.grievance.GrievanceEvent.Filed;
import id.go.prakerja.grievance.GrievanceEvent.Replied;
import id.go.prakerja.grievance.GrievanceEvent.Resolved;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The queue and the report: each grievance's category, status, service level and times, never what anyone wrote.
 * The status moves as {@link GrievanceDecider#evolve} moves it; the API test compares the row with the stream.
 */
@ApplicationScoped
public class GrievanceProjection implements Projection {

    static final String NAME = "grievances";

    private final GrievanceService grievances;
    private final Set<String> types;

    public GrievanceProjection(GrievanceService grievances) {
        this.grievances = grievances;
        this.types = grievances.types().storedTypes();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(GrievanceService.CATEGORY) && types.contains(event.type());
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(types);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        return Projection.oneByOne(events, recorded -> apply(transaction, recorded));
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction.query("truncate grievances").execute().replaceWithVoid();
    }

    private Uni<Void> apply(SqlConnection transaction, RecordedEvent recorded) {
        var grievanceId = UUID.fromString(StreamIds.id(recorded.streamId()));
        var event = grievances.types().fromRecorded(recorded);
        var version = recorded.streamVersion();
        if (event instanceof Filed filed) {
            return transaction
                    .preparedQuery("insert into grievances (grievance_id, participant_id, category, team, sensitive,"
                            + " status, filed_at, due_at, updated_at, version)"
                            + " values ($1, $2, $3, $4, $5, 'NEW', $6, $7, $6, $8) on conflict do nothing")
                    .execute(Tuple.tuple()
                            .addUUID(grievanceId)
                            .addUUID(filed.participantId())
                            .addString(filed.category())
                            .addString(filed.team())
                            .addBoolean(filed.sensitive())
                            .addOffsetDateTime(at(filed.filedAt()))
                            .addOffsetDateTime(at(filed.dueAt()))
                            .addLong(version))
                    .replaceWithVoid();
        }
        if (event instanceof Assigned assigned) {
            return update(
                    transaction,
                    "assigned_to = $4, status = case when status = 'ESCALATED' then status else 'IN_PROGRESS' end",
                    grievanceId,
                    version,
                    assigned.assignedAt(),
                    assigned.operatorId());
        }
        if (event instanceof Replied replied) {
            String status;
            if (replied.awaitingParticipant()) {
                status = "'WAITING_FOR_PARTICIPANT'";
            } else if (replied.author() == Author.OPERATOR) {
                status = "case when status = 'ESCALATED' then status else 'IN_PROGRESS' end";
            } else {
                status = "case when status = 'WAITING_FOR_PARTICIPANT' then 'IN_PROGRESS' else status end";
            }
            return update(transaction, "status = " + status, grievanceId, version, replied.repliedAt());
        }
        if (event instanceof Escalated escalated) {
            return update(
                    transaction,
                    "status = 'ESCALATED', escalated = true",
                    grievanceId,
                    version,
                    escalated.escalatedAt());
        }
        if (event instanceof Resolved resolved) {
            return update(
                    transaction, "status = 'RESOLVED', resolved_at = $3", grievanceId, version, resolved.resolvedAt());
        }
        if (event instanceof Closed closed) {
            return update(transaction, "status = 'CLOSED', closed_at = $3", grievanceId, version, closed.closedAt());
        }
        if (event instanceof Cancelled cancelled) {
            return update(transaction, "status = 'CANCELLED'", grievanceId, version, cancelled.cancelledAt());
        }
        return Uni.createFrom().voidItem();
    }

    /** Sets {@code assignments} ($3 is the event's time, $4 on the {@code extras}) on a row that has not seen it. */
    private static Uni<Void> update(
            SqlConnection transaction,
            String assignments,
            UUID grievanceId,
            long version,
            Instant at,
            Object... extras) {
        var parameters = Tuple.of(grievanceId, version, at(at));
        for (var extra : extras) {
            parameters.addValue(extra);
        }
        return transaction
                .preparedQuery("update grievances set " + assignments + ", updated_at = $3, version = $2"
                        + " where grievance_id = $1 and version < $2")
                .execute(parameters)
                .replaceWithVoid();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
