package id.go.prakerja.incentive;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operators' reports: disbursements by status and provider, and the journey funnel. */
@ApplicationScoped
public class OperatorReports {

    public record DisbursementLine(String status, String provider, long count, long amount) {}

    /**
     * {@code lines}: the installments by where they stand; {@code attempts}: every request to the partner in the
     * window, by how it ended, so a failure stays counted after the retry that paid it.
     */
    public record DisbursementReport(
            Instant from, Instant to, List<DisbursementLine> lines, List<DisbursementLine> attempts) {}

    /** How many participants are at each status now, and how many reached each step of the main path. */
    public record Funnel(UUID batchId, Map<String, Long> atStatus, Map<String, Long> reached) {}

    /** The main path in order; a participant further along has passed every earlier step. */
    private static final List<String> PATH = List.of(
            "BATCH_JOINED",
            "CARD_ISSUED",
            "TRAINING_PURCHASED",
            "TRAINING_COMPLETED",
            "CERTIFIED",
            "INCENTIVE_IN_PROGRESS",
            "FINISHED");

    private final Pool pool;

    public OperatorReports(Pool pool) {
        this.pool = pool;
    }

    /**
     * The installments due (or, {@code byPaymentDate}, paid) from {@code start} (inclusive) to {@code end}
     * (exclusive).
     */
    public Uni<DisbursementReport> disbursements(Instant start, Instant end, boolean byPaymentDate) {
        var column = byPaymentDate ? "paid_at" : "due_at";
        return pool.preparedQuery("select status, coalesce(provider, '-') as provider, count(*) as count,"
                        + " sum(amount) as amount from incentive_installments"
                        + " where " + column + " >= $1 and " + column + " < $2"
                        + " group by status, provider order by status, provider")
                .execute(Tuple.of(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC)))
                .map(OperatorReports::lines)
                .chain(lines -> pool.preparedQuery("select status, coalesce(provider, '-') as provider,"
                                + " count(*) as count, sum(amount) as amount from disbursement_attempts"
                                + " where " + (byPaymentDate ? "settled_at" : "requested_at") + " >= $1 and "
                                + (byPaymentDate ? "settled_at" : "requested_at") + " < $2"
                                + " group by status, provider order by status, provider")
                        .execute(Tuple.of(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC)))
                        .map(rows -> new DisbursementReport(start, end, lines, lines(rows))));
    }

    private static List<DisbursementLine> lines(Iterable<io.vertx.mutiny.sqlclient.Row> rows) {
        var lines = new ArrayList<DisbursementLine>();
        rows.forEach(row -> lines.add(new DisbursementLine(
                row.getString("status"), row.getString("provider"), row.getLong("count"), row.getLong("amount"))));
        return lines;
    }

    /** The funnel of one batch, or of every participant when {@code batchId} is null. */
    public Uni<Funnel> funnel(UUID batchId) {
        var query = batchId == null
                ? pool.query("select status, count(*) as count from participant_overview group by status")
                        .execute()
                : pool.preparedQuery("select status, count(*) as count from participant_overview where batch_id = $1"
                                + " group by status")
                        .execute(Tuple.of(batchId));
        return query.map(rows -> {
            var atStatus = new LinkedHashMap<String, Long>();
            rows.forEach(row -> atStatus.put(row.getString("status"), row.getLong("count")));
            var reached = new LinkedHashMap<String, Long>();
            for (int step = 0; step < PATH.size(); step++) {
                long count = 0;
                for (int later = step; later < PATH.size(); later++) {
                    count += atStatus.getOrDefault(PATH.get(later), 0L);
                }
                reached.put(PATH.get(step), count);
            }
            return new Funnel(batchId, atStatus, reached);
        });
    }
}
