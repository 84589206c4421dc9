package id.go.prakerja.incentive;

import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads of a participant's incentive schedule. */
@ApplicationScoped
public class IncentiveQueries {

    public record InstallmentView(
            int installment,
            Instant dueAt,
            long amount,
            String status,
            String provider,
            String reference,
            String failureReason,
            Instant paidAt,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Further payments the partner reported for it, to be recovered")
            int duplicatePayments) {}

    public record Incentives(
            UUID participantId, List<InstallmentView> installments, long totalReceived, long totalScheduled) {}

    private final Pool pool;
    private final ParticipantService participants;

    public IncentiveQueries(Pool pool, ParticipantService participants) {
        this.pool = pool;
        this.participants = participants;
    }

    /** The installments in order, with what has been paid and what is scheduled in all. */
    public Uni<Incentives> incentives(UUID participantId) {
        return pool.preparedQuery("select * from incentive_installments where participant_id = $1 order by installment")
                .execute(Tuple.of(participantId))
                .map(rows -> {
                    var installments = new ArrayList<InstallmentView>();
                    long received = 0;
                    long scheduled = 0;
                    for (var row : rows) {
                        var paidAt = row.getOffsetDateTime("paid_at");
                        var view = new InstallmentView(
                                row.getInteger("installment"),
                                row.getOffsetDateTime("due_at").toInstant(),
                                row.getLong("amount"),
                                row.getString("status"),
                                row.getString("provider"),
                                row.getString("reference"),
                                row.getString("failure_reason"),
                                paidAt == null ? null : paidAt.toInstant(),
                                row.getInteger("duplicate_payments"));
                        installments.add(view);
                        scheduled += view.amount();
                        if (view.status().equals("PAID")) {
                            received += view.amount();
                        }
                    }
                    return new Incentives(participantId, installments, received, scheduled);
                })
                .call(incentives -> incentives.installments().isEmpty()
                        ? participants.requireExisting(pool, participantId)
                        : Uni.createFrom().voidItem());
    }
}
