package id.go.prakerja.reconciliation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A statement's lines matched against the disbursements as they stand now, and the disbursements grouped by due date.
 * Reading changes nothing: a mismatch is for a person to look into.
 */
@ApplicationScoped
public class Reconciliation {

    /** How a statement line compares with the disbursement it names. */
    public enum Finding {
        MATCHED,
        UNKNOWN_DISBURSEMENT,
        AMOUNT_DIFFERS,
        PAID_TWICE,
        PAID_BUT_RECORDED_FAILED,
        FAILED_BUT_RECORDED_PAID,
        PAID_NOT_CONFIRMED,
        REVERSED
    }

    @Schema(description = "One statement line and what it was found to be")
    public record Line(
            int lineNo,
            UUID disbursementId,
            String reference,
            long reportedAmount,
            String reportedStatus,
            LocalDate date,
            Finding finding,
            UUID participantId,
            Integer installment,
            Long expectedAmount,
            String recordedStatus) {}

    @Schema(description = "The reconciliation of one statement: every line that does not match, and the counts")
    public record Report(UUID statementId, Instant importedAt, int lines, int matched, List<Line> mismatches) {}

    @Schema(
            description = "The installments due on one day (WIB): counts and rupiah by where they stand, and the"
                    + " payments of them the partner took back")
    public record Envelope(
            LocalDate dueOn,
            long installments,
            long requestedAmount,
            long sent,
            long sentAmount,
            long paid,
            long paidAmount,
            long failed,
            long failedAmount,

            @Schema(description = "Payments of these installments the partner took back")
            long reversed,

            long reversedAmount) {}

    /**
     * Each line with the attempt it names (how it ended here) and its installment; {@code paid_references} counts the
     * different payments the partner's statements report for the installment, less those it reported reversed.
     */
    private static final String LINES = "select l.*, d.participant_id, d.installment,"
            + " coalesce(a.amount, i.amount) as expected_amount, coalesce(a.status, i.status) as recorded_status,"
            + " (select count(distinct o.reference) from statement_lines o"
            + "   join disbursements od on od.disbursement_id = o.disbursement_id"
            + "   where o.status = 'PAID' and od.participant_id = d.participant_id and od.installment = d.installment"
            + "   and not exists (select 1 from statement_lines r where r.status = 'REVERSED'"
            + "     and r.disbursement_id = o.disbursement_id and r.reference = o.reference)) as paid_references"
            + " from statement_lines l"
            + " left join disbursements d on d.disbursement_id = l.disbursement_id"
            + " left join disbursement_attempts a on a.disbursement_id = l.disbursement_id"
            + " left join incentive_installments i on i.participant_id = d.participant_id"
            + " and i.installment = d.installment"
            + " where l.statement_id = $1 order by l.line_no";

    private final Pool pool;

    public Reconciliation(Pool pool) {
        this.pool = pool;
    }

    /** The statement's report, or null before its lines are in (or when there is no such statement). */
    public Uni<Report> report(UUID statementId) {
        return pool.preparedQuery(LINES).execute(Tuple.of(statementId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            var mismatches = new ArrayList<Line>();
            Instant importedAt = null;
            int matched = 0;
            for (var row : rows) {
                importedAt = row.getOffsetDateTime("imported_at").toInstant();
                var line = line(row);
                if (line.finding() == Finding.MATCHED) {
                    matched++;
                } else {
                    mismatches.add(line);
                }
            }
            return new Report(statementId, importedAt, rows.size(), matched, mismatches);
        });
    }

    /** The installments due from {@code from} (inclusive) to {@code to} (exclusive), per due day. */
    public Uni<List<Envelope>> envelopes(Instant from, Instant to) {
        return pool.preparedQuery("select (i.due_at at time zone 'Asia/Jakarta')::date as due_on, count(*) as n,"
                        + " sum(i.amount) as amount,"
                        + " count(*) filter (where i.status <> 'SCHEDULED') as sent,"
                        + " coalesce(sum(i.amount) filter (where i.status <> 'SCHEDULED'), 0) as sent_amount,"
                        + " count(*) filter (where i.status = 'PAID') as paid,"
                        + " coalesce(sum(i.amount) filter (where i.status = 'PAID'), 0) as paid_amount,"
                        + " count(*) filter (where i.status in ('FAILED', 'RETRY_READY')) as failed,"
                        + " coalesce(sum(i.amount) filter (where i.status in ('FAILED', 'RETRY_READY')), 0)"
                        + " as failed_amount,"
                        + " coalesce(sum(r.n), 0) as reversed, coalesce(sum(r.amount), 0) as reversed_amount"
                        + " from incentive_installments i"
                        + " left join (select participant_id, installment, count(*) as n, sum(amount) as amount"
                        + "   from disbursement_attempts where status = 'REVERSED' group by participant_id, installment)"
                        + " r on r.participant_id = i.participant_id and r.installment = i.installment"
                        + " where i.due_at >= $1 and i.due_at < $2"
                        + " group by 1 order by 1")
                .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    var envelopes = new ArrayList<Envelope>();
                    for (var row : rows) {
                        envelopes.add(new Envelope(
                                row.getLocalDate("due_on"),
                                row.getLong("n"),
                                row.getLong("amount"),
                                row.getLong("sent"),
                                row.getLong("sent_amount"),
                                row.getLong("paid"),
                                row.getLong("paid_amount"),
                                row.getLong("failed"),
                                row.getLong("failed_amount"),
                                row.getLong("reversed"),
                                row.getLong("reversed_amount")));
                    }
                    return envelopes;
                });
    }

    private static Line line(Row row) {
        var participantId = row.getUUID("participant_id");
        var reported = row.getString("status");
        var recorded = row.getString("recorded_status");
        var expected = row.getLong("expected_amount");
        Finding finding;
        if (participantId == null || expected == null) {
            finding = Finding.UNKNOWN_DISBURSEMENT;
        } else if (expected != row.getLong("amount").longValue()) {
            finding = Finding.AMOUNT_DIFFERS;
        } else if (reported.equals("REVERSED")) {
            finding = Finding.REVERSED;
        } else if (reported.equals("PAID") && (recorded.equals("FAILED") || recorded.equals("REVERSED"))) {
            finding = Finding.PAID_BUT_RECORDED_FAILED;
        } else if (reported.equals("PAID") && row.getLong("paid_references") > 1) {
            finding = Finding.PAID_TWICE;
        } else if (reported.equals("FAILED") && recorded.equals("PAID")) {
            finding = Finding.FAILED_BUT_RECORDED_PAID;
        } else if (reported.equals("PAID") && !recorded.equals("PAID")) {
            finding = Finding.PAID_NOT_CONFIRMED;
        } else {
            finding = Finding.MATCHED;
        }
        return new Line(
                row.getInteger("line_no"),
                row.getUUID("disbursement_id"),
                row.getString("reference"),
                row.getLong("amount"),
                reported,
                row.getLocalDate("paid_on"),
                finding,
                participantId,
                row.getInteger("installment"),
                expected,
                recorded);
    }
}
