package id.go.prakerja.training;

import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads of a participant's purchases. */
@ApplicationScoped
public class PurchaseQueries {

    public record PurchaseView(
            UUID purchaseId,
            UUID trainingId,
            String title,
            String platform,
            String provider,
            long price,
            String voucherCode,
            String status,
            int modulesCompleted,
            int moduleCount,
            boolean examPassed,
            String certificateNumber,
            boolean reviewed,
            Instant purchasedAt) {}

    private final Pool pool;
    private final ParticipantService participants;

    public PurchaseQueries(Pool pool, ParticipantService participants) {
        this.pool = pool;
        this.participants = participants;
    }

    /** The participant's purchases, oldest first. */
    public Uni<List<PurchaseView>> purchases(UUID participantId) {
        return pool.preparedQuery("select * from participant_purchases where participant_id = $1 order by purchased_at")
                .execute(Tuple.of(participantId))
                .map(rows -> {
                    List<PurchaseView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(new PurchaseView(
                            row.getUUID("purchase_id"),
                            row.getUUID("training_id"),
                            row.getString("title"),
                            row.getString("platform_code"),
                            row.getString("provider"),
                            row.getLong("price"),
                            row.getString("voucher_code"),
                            row.getString("status"),
                            row.getInteger("modules_completed"),
                            row.getInteger("module_count"),
                            row.getBoolean("exam_passed"),
                            row.getString("certificate_number"),
                            row.getBoolean("reviewed"),
                            row.getOffsetDateTime("purchased_at").toInstant())));
                    return views;
                })
                .call(views -> views.isEmpty()
                        ? participants.requireExisting(pool, participantId)
                        : Uni.createFrom().voidItem());
    }
}
