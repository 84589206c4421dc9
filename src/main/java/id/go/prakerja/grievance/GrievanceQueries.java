package id.go.prakerja.grievance;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The queue of grievances, a participant's own list, and the report. */
@ApplicationScoped
public class GrievanceQueries {

    /** The open statuses as an SQL list, from the one set that says which they are. */
    private static final String OPEN = GrievanceState.OPEN.stream()
            .map(status -> "'" + status.name() + "'")
            .sorted()
            .collect(Collectors.joining(", ", "(", ")"));

    @Schema(description = "A grievance in a list: no text, only where it stands")
    public record Summary(
            UUID grievanceId,
            UUID participantId,
            String category,
            String team,
            boolean sensitive,
            @Schema(examples = "IN_PROGRESS") String status,
            Instant filedAt,
            Instant dueAt,

            @Schema(description = "Open past its service level")
            boolean overdue,

            boolean escalated,
            UUID assignedTo,
            Instant resolvedAt) {}

    /** What the queue is asked for: the sensitivities the caller may see, and optional filters. */
    public record QueueQuery(
            Set<Boolean> sensitivities, String status, String category, boolean overdueOnly, int limit) {}

    @Schema(description = "One category's figures")
    public record CategoryFigures(
            String category,
            long filed,
            long open,
            long overdue,
            long resolved,

            @Schema(description = "Median hours from filing to resolution; null before the first")
            Double medianHoursToResolve,

            @Schema(description = "Share of the resolved that were resolved within the service level, 0 to 1")
            Double resolvedWithinServiceLevel) {}

    @Schema(description = "The grievances filed from from (inclusive) to to (exclusive), by category")
    public record Report(Instant from, Instant to, List<CategoryFigures> categories) {}

    private final Pool pool;
    private final Clock clock;

    public GrievanceQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Overdue first, then by how soon each falls due. */
    public Uni<List<Summary>> queue(QueueQuery query) {
        var now = now();
        var parameters = Tuple.tuple()
                .addValue(now)
                .addArrayOfBoolean(query.sensitivities().toArray(Boolean[]::new));
        var sql = new StringBuilder("select * from grievances where sensitive = any($2)");
        if (query.status() != null) {
            parameters.addString(query.status());
            sql.append(" and status = $").append(parameters.size());
        }
        if (query.category() != null) {
            parameters.addString(query.category());
            sql.append(" and category = $").append(parameters.size());
        }
        if (query.overdueOnly()) {
            sql.append(" and status in ").append(OPEN).append(" and due_at < $1");
        }
        parameters.addInteger(query.limit());
        // Overdue first, then the rest of the open ones, then the finished: a long history never hides open work.
        sql.append(" order by (status in ")
                .append(OPEN)
                .append(" and due_at < $1) desc, (status in ")
                .append(OPEN)
                .append(") desc, due_at limit $")
                .append(parameters.size());
        return pool.preparedQuery(sql.toString()).execute(parameters).map(rows -> summaries(rows, now));
    }

    public Uni<List<Summary>> ofParticipant(UUID participantId) {
        var now = now();
        return pool.preparedQuery("select * from grievances where participant_id = $1 order by filed_at desc")
                .execute(Tuple.of(participantId))
                .map(rows -> summaries(rows, now));
    }

    /** The grievance's row, or null: it names the sensitivity that decides who may see it. */
    public Uni<Summary> summary(UUID grievanceId) {
        var now = now();
        return pool.preparedQuery("select * from grievances where grievance_id = $1")
                .execute(Tuple.of(grievanceId))
                .map(rows -> rows.size() == 0 ? null : summary(rows.iterator().next(), now));
    }

    public Uni<Report> report(Instant from, Instant to, Set<Boolean> sensitivities) {
        var sql = "select category, count(*) as filed,"
                + " count(*) filter (where status in " + OPEN + ") as open,"
                + " count(*) filter (where status in " + OPEN + " and due_at < $1) as overdue,"
                + " count(resolved_at) as resolved,"
                + " percentile_cont(0.5) within group (order by extract(epoch from resolved_at - filed_at) / 3600)"
                + " filter (where resolved_at is not null) as median_hours,"
                + " avg(case when resolved_at <= due_at then 1.0 else 0.0 end) filter (where resolved_at is not null)"
                + " as within_level"
                + " from grievances where filed_at >= $2 and filed_at < $3 and sensitive = any($4)"
                + " group by category order by category";
        return pool.preparedQuery(sql)
                .execute(Tuple.tuple()
                        .addValue(now())
                        .addValue(from.atOffset(ZoneOffset.UTC))
                        .addValue(to.atOffset(ZoneOffset.UTC))
                        .addArrayOfBoolean(sensitivities.toArray(Boolean[]::new)))
                .map(rows -> {
                    var figures = new ArrayList<CategoryFigures>();
                    for (var row : rows) {
                        var within = row.getValue("within_level");
                        figures.add(new CategoryFigures(
                                row.getString("category"),
                                row.getLong("filed"),
                                row.getLong("open"),
                                row.getLong("overdue"),
                                row.getLong("resolved"),
                                row.getDouble("median_hours"),
                                within == null ? null : ((Number) within).doubleValue()));
                    }
                    return new Report(from, to, figures);
                });
    }

    /** Open grievances past their service level that are not escalated yet, a page at a time. */
    public Uni<List<UUID>> dueForEscalation(int limit) {
        return pool.preparedQuery("select grievance_id from grievances where status in " + OPEN
                        + " and not escalated and due_at < $1 order by due_at limit $2")
                .execute(Tuple.of(now(), limit))
                .map(GrievanceQueries::ids);
    }

    /** The participant's grievances still open, to be cancelled with their erasure. */
    public Uni<List<UUID>> openOf(UUID participantId) {
        return pool.preparedQuery("select grievance_id from grievances where participant_id = $1 and status in " + OPEN)
                .execute(Tuple.of(participantId))
                .map(GrievanceQueries::ids);
    }

    private static List<UUID> ids(Iterable<Row> rows) {
        var ids = new ArrayList<UUID>();
        rows.forEach(row -> ids.add(row.getUUID("grievance_id")));
        return ids;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static List<Summary> summaries(Iterable<Row> rows, OffsetDateTime now) {
        var summaries = new ArrayList<Summary>();
        rows.forEach(row -> summaries.add(summary(row, now)));
        return summaries;
    }

    private static Summary summary(Row row, OffsetDateTime now) {
        var status = row.getString("status");
        var dueAt = row.getOffsetDateTime("due_at");
        var resolvedAt = row.getOffsetDateTime("resolved_at");
        return new Summary(
                row.getUUID("grievance_id"),
                row.getUUID("participant_id"),
                row.getString("category"),
                row.getString("team"),
                row.getBoolean("sensitive"),
                status,
                row.getOffsetDateTime("filed_at").toInstant(),
                dueAt.toInstant(),
                GrievanceState.OPEN.contains(GrievanceState.Status.valueOf(status)) && dueAt.isBefore(now),
                row.getBoolean("escalated"),
                row.getUUID("assigned_to"),
                resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
