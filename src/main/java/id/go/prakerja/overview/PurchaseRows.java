package id.go.prakerja.overview;

import static id.go.prakerja.overview.UnnestArguments.column;

import id.go.prakerja.overview.UnnestArguments.Column;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code participant_purchases} rows of a batch: its new purchases in one insert, its changes in one update. */
final class PurchaseRows {

    private static final String INSERT = "insert into participant_purchases (purchase_id, participant_id,"
            + " training_id, title, platform_code, provider, price, voucher_code, status, module_count, purchased_at,"
            + " updated_at) select p.purchase_id, p.participant_id, p.training_id, p.title, p.platform_code,"
            + " p.provider, p.price, p.voucher_code, 'ACTIVE', p.module_count, p.purchased_at, p.purchased_at"
            + " from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bigint[],"
            + " $8::text[], $9::int[], $10::timestamptz[]) as p(purchase_id, participant_id, training_id, title,"
            + " platform_code, provider, price, voucher_code, module_count, purchased_at) on conflict do nothing";

    /** One row per purchase, as {@link PurchaseChanges} folds them. */
    private static final String UPDATE = "update participant_purchases p set"
            + " status = coalesce(u.status, p.status), modules_completed = p.modules_completed + u.modules_completed,"
            + " exam_passed = p.exam_passed or u.exam_passed, reviewed = p.reviewed or u.reviewed,"
            + " certificate_number = coalesce(u.certificate_number, p.certificate_number), updated_at = u.updated_at"
            + " from unnest($1::uuid[], $2::text[], $3::int[], $4::boolean[], $5::boolean[], $6::text[],"
            + " $7::timestamptz[]) as u(purchase_id, status, modules_completed, exam_passed, reviewed,"
            + " certificate_number, updated_at) where p.purchase_id = u.purchase_id";

    private static final List<Column<DecodedEvent>> INSERT_COLUMNS = List.of(
            column(UUID.class, decoded -> purchased(decoded).purchaseId()),
            column(UUID.class, DecodedEvent::participantId),
            column(UUID.class, decoded -> purchased(decoded).training().trainingId()),
            column(String.class, decoded -> purchased(decoded).training().title()),
            column(String.class, decoded -> purchased(decoded).training().platformCode()),
            column(String.class, decoded -> purchased(decoded).training().provider()),
            column(Long.class, decoded -> purchased(decoded).training().price()),
            column(String.class, decoded -> purchased(decoded).voucherCode()),
            column(Integer.class, decoded -> purchased(decoded).training().moduleCount()),
            column(OffsetDateTime.class, DecodedEvent::at));

    private static final List<Column<PurchaseChanges.Change>> UPDATE_COLUMNS = List.of(
            column(UUID.class, change -> change.purchaseId),
            column(String.class, change -> change.status),
            column(Integer.class, change -> change.modulesCompleted),
            column(Boolean.class, change -> change.examPassed),
            column(Boolean.class, change -> change.reviewed),
            column(String.class, change -> change.certificateNumber),
            column(OffsetDateTime.class, change -> change.updatedAt));

    private PurchaseRows() {}

    /** The insert ahead of the update, so that a purchase bought and changed in the same batch is there to change. */
    static List<Uni<?>> write(SqlConnection transaction, List<DecodedEvent> events) {
        var statements = new ArrayList<Uni<?>>();
        var purchased = events.stream()
                .filter(decoded -> decoded.event() instanceof TrainingPurchased)
                .toList();
        if (!purchased.isEmpty()) {
            statements.add(transaction.preparedQuery(INSERT).execute(UnnestArguments.of(purchased, INSERT_COLUMNS)));
        }
        var changes = new PurchaseChanges();
        events.forEach(decoded -> changes.apply(decoded.event(), decoded.at()));
        var changed = changes.list();
        if (!changed.isEmpty()) {
            statements.add(transaction.preparedQuery(UPDATE).execute(UnnestArguments.of(changed, UPDATE_COLUMNS)));
        }
        return statements;
    }

    private static TrainingPurchased purchased(DecodedEvent decoded) {
        return (TrainingPurchased) decoded.event();
    }
}
