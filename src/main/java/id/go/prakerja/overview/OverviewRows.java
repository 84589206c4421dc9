package id.go.prakerja.overview;

import static id.go.prakerja.overview.UnnestArguments.column;

import id.go.prakerja.overview.UnnestArguments.Column;
import id.go.prakerja.participant.ParticipantStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code participant_overview} rows of a batch: read once, folded in memory ({@link OverviewRow}) and written
 * back in one upsert.
 */
final class OverviewRows {

    private static final String COLUMNS = "participant_id, status, status_before_freeze, email, full_name,"
            + " province_code, batch_id, card_number, scheme, balance, purchase_deadline, reminder_sent,"
            + " registered_at, updated_at, version, active_purchases, unpaid_installments";

    private static final String LOAD =
            "select " + COLUMNS + " from participant_overview where participant_id = any($1)";

    private static final String UPSERT = "insert into participant_overview (" + COLUMNS + ") select * from unnest("
            + "$1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[],"
            + " $8::text[], $9::text[], $10::bigint[], $11::timestamptz[], $12::boolean[], $13::timestamptz[],"
            + " $14::timestamptz[], $15::bigint[], $16::int[], $17::int[])"
            + " on conflict (participant_id) do update set status = excluded.status,"
            + " status_before_freeze = excluded.status_before_freeze, email = excluded.email,"
            + " full_name = excluded.full_name, province_code = excluded.province_code,"
            + " batch_id = excluded.batch_id, card_number = excluded.card_number, scheme = excluded.scheme,"
            + " balance = excluded.balance, purchase_deadline = excluded.purchase_deadline,"
            + " reminder_sent = excluded.reminder_sent, updated_at = excluded.updated_at, version = excluded.version,"
            + " active_purchases = excluded.active_purchases, unpaid_installments = excluded.unpaid_installments";

    private static final List<Column<OverviewRow>> UPSERT_COLUMNS = List.of(
            column(UUID.class, row -> row.participantId),
            column(String.class, row -> row.status.name()),
            column(String.class, row -> row.statusBeforeFreeze == null ? null : row.statusBeforeFreeze.name()),
            column(String.class, row -> row.email),
            column(String.class, row -> row.fullName),
            column(String.class, row -> row.provinceCode),
            column(UUID.class, row -> row.batchId),
            column(String.class, row -> row.cardNumber),
            column(String.class, row -> row.scheme),
            column(Long.class, row -> row.balance),
            column(OffsetDateTime.class, row -> row.purchaseDeadline),
            column(Boolean.class, row -> row.reminderSent),
            column(OffsetDateTime.class, row -> row.registeredAt),
            column(OffsetDateTime.class, row -> row.updatedAt),
            column(Long.class, row -> row.version),
            column(Integer.class, row -> row.activePurchases),
            column(Integer.class, row -> row.unpaidInstallments));

    private OverviewRows() {}

    /** The rows of the batch's participants as stored, with the batch's events folded in, in the batch's order. */
    static Uni<Map<UUID, OverviewRow>> load(SqlConnection transaction, List<DecodedEvent> events) {
        var ids = events.stream().map(DecodedEvent::participantId).distinct().toArray(UUID[]::new);
        return transaction.preparedQuery(LOAD).execute(Tuple.of(ids)).map(stored -> fold(stored, events));
    }

    /** The upsert of the rows with a status: a participant has none before it registers, and the column needs one. */
    static List<Uni<?>> write(SqlConnection transaction, Map<UUID, OverviewRow> rows) {
        var written = rows.values().stream().filter(row -> row.status != null).toList();
        if (written.isEmpty()) {
            return List.of();
        }
        return List.of(transaction.preparedQuery(UPSERT).execute(UnnestArguments.of(written, UPSERT_COLUMNS)));
    }

    private static Map<UUID, OverviewRow> fold(RowSet<Row> stored, List<DecodedEvent> events) {
        var rows = new LinkedHashMap<UUID, OverviewRow>();
        for (var row : stored) {
            var overview = read(row);
            rows.put(overview.participantId, overview);
        }
        for (var decoded : events) {
            rows.computeIfAbsent(decoded.participantId(), OverviewRow::new)
                    .apply(decoded.event(), decoded.recorded().streamVersion(), decoded.at());
        }
        return rows;
    }

    private static OverviewRow read(Row row) {
        var overview = new OverviewRow(row.getUUID("participant_id"));
        overview.status = ParticipantStatus.valueOf(row.getString("status"));
        var beforeFreeze = row.getString("status_before_freeze");
        overview.statusBeforeFreeze = beforeFreeze == null ? null : ParticipantStatus.valueOf(beforeFreeze);
        overview.email = row.getString("email");
        overview.fullName = row.getString("full_name");
        overview.provinceCode = row.getString("province_code");
        overview.batchId = row.getUUID("batch_id");
        overview.cardNumber = row.getString("card_number");
        overview.scheme = row.getString("scheme");
        overview.balance = row.getLong("balance");
        overview.purchaseDeadline = row.getOffsetDateTime("purchase_deadline");
        overview.reminderSent = row.getBoolean("reminder_sent");
        overview.registeredAt = row.getOffsetDateTime("registered_at");
        overview.updatedAt = row.getOffsetDateTime("updated_at");
        overview.version = row.getLong("version");
        overview.activePurchases = row.getInteger("active_purchases");
        overview.unpaidInstallments = row.getInteger("unpaid_installments");
        return overview;
    }
}
