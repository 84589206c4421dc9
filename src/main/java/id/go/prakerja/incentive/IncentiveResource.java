package id.go.prakerja.incentive;

import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A participant's payout account and incentive schedule. */
@Path("/api/v1/participants/{participantId}")
public class IncentiveResource {

    public record PayoutAccountForm(
            @NotNull PayoutAccount.Type type,
            @NotBlank @Size(max = 30) String provider,
            @NotBlank @Size(max = 30) String accountNumber,
            @NotBlank @Size(max = 200) String accountHolderName) {}

    public record InstallmentView(
            int installment,
            Instant dueAt,
            long amount,
            String status,
            String provider,
            String reference,
            String failureReason,
            Instant paidAt) {}

    public record Incentives(
            UUID participantId, List<InstallmentView> installments, long totalReceived, long totalScheduled) {}

    private final IncentiveService incentives;
    private final Pool pool;

    public IncentiveResource(IncentiveService incentives, Pool pool) {
        this.incentives = incentives;
        this.pool = pool;
    }

    @PUT
    @Path("/payout-account")
    @Idempotent
    public Uni<Response> setPayoutAccount(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull PayoutAccountForm form,
            @Context HttpHeaders headers) {
        var account = new PayoutAccount(
                form.type(),
                form.provider().trim().toUpperCase(java.util.Locale.ROOT),
                form.accountNumber().trim(),
                form.accountHolderName().trim());
        return incentives
                .setPayoutAccount(participantId, account, RequestMetadata.of(headers, "participant:" + participantId))
                .map(outcome -> Response.ok(new JourneyResponses.Accepted(
                                participantId, outcome.state().status().name(), outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }

    @GET
    @Path("/incentives")
    public Uni<Incentives> incentives(@PathParam("participantId") UUID participantId) {
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
                                paidAt == null ? null : paidAt.toInstant());
                        installments.add(view);
                        scheduled += view.amount();
                        if (view.status().equals("PAID")) {
                            received += view.amount();
                        }
                    }
                    return new Incentives(participantId, installments, received, scheduled);
                });
    }
}
