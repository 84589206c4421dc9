package id.go.prakerja.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads of the audit trail, newest first, a page at a time. */
@ApplicationScoped
public class AuditTrail {

    /** What the trail is asked for; null fields do not filter. */
    public record Query(UUID operator, UUID participant, Instant from, Instant to, Long before, int limit) {}

    @Schema(description = "One change an operator made")
    public record Entry(
            @Schema(description = "The event's position in the log; pass it as before to read older entries")
            long position,

            Instant recordedAt,

            @Schema(examples = "operator:6f1c2d7e-0000-4000-8000-000000000001")
            String actor,

            @Schema(description = "The roles the operator held when acting")
            List<String> actorRoles,

            @Schema(description = "The stored event the command appended", examples = "participant-frozen.v1")
            String action,

            @Schema(description = "What kind of thing it changed", examples = "participant")
            String category,

            @Schema(description = "Which one") String entityId,

            @Schema(description = "The participant, when it changed one or their grievance")
            UUID participantId,

            @Schema(description = "The reason the operator gave, when the command takes one")
            String reason,

            String correlationId) {}

    @Schema(description = "A page of the trail, newest first")
    public record Page(
            List<Entry> entries,

            @Schema(description = "Pass as before for the next (older) page; absent on the last page")
            Long nextBefore) {}

    private final Pool pool;

    public AuditTrail(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page> find(Query query) {
        var where = new ArrayList<String>();
        var parameters = Tuple.tuple();
        if (query.operator() != null) {
            parameters.addString(AuditProjection.OPERATOR_ACTOR + query.operator());
            where.add("a.actor = $" + parameters.size());
        }
        if (query.participant() != null) {
            parameters.addUUID(query.participant());
            // A grievance's stream is not the participant's: who it concerns is the grievance queue's to say.
            var participant = "$" + parameters.size();
            where.add("(a.participant_id = " + participant + " or (a.category = 'grievance' and a.entity_id in"
                    + " (select grievance_id::text from grievances where participant_id = " + participant + ")))");
        }
        if (query.from() != null) {
            parameters.addOffsetDateTime(query.from().atOffset(ZoneOffset.UTC));
            where.add("a.recorded_at >= $" + parameters.size());
        }
        if (query.to() != null) {
            parameters.addOffsetDateTime(query.to().atOffset(ZoneOffset.UTC));
            where.add("a.recorded_at < $" + parameters.size());
        }
        if (query.before() != null) {
            parameters.addLong(query.before());
            where.add("a.global_position < $" + parameters.size());
        }
        // One more than asked tells whether an older page exists.
        parameters.addInteger(query.limit() + 1);
        var sql = "select a.*, coalesce(a.participant_id, g.participant_id) as concerns,"
                + " e.payload ->> 'reason' as reason, e.metadata -> 'actorRoles' as actor_roles"
                + " from operator_audit a"
                + " join events e on e.global_position = a.global_position"
                + " left join grievances g on a.category = 'grievance' and g.grievance_id::text = a.entity_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.global_position desc limit $" + parameters.size();
        return pool.preparedQuery(sql).execute(parameters).map(rows -> {
            var entries = new ArrayList<Entry>();
            rows.forEach(row -> entries.add(entry(row)));
            if (entries.size() <= query.limit()) {
                return new Page(entries, null);
            }
            var page = List.copyOf(entries.subList(0, query.limit()));
            return new Page(page, page.get(page.size() - 1).position());
        });
    }

    private static List<String> roles(Object stored) {
        if (!(stored instanceof JsonArray roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).toList();
    }

    private static Entry entry(Row row) {
        return new Entry(
                row.getLong("global_position"),
                row.getOffsetDateTime("recorded_at").toInstant(),
                row.getString("actor"),
                roles(row.getValue("actor_roles")),
                row.getString("event_type"),
                row.getString("category"),
                row.getString("entity_id"),
                row.getUUID("concerns"),
                row.getString("reason"),
                row.getString("correlation_id"));
    }
}
