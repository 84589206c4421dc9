package id.go.prakerja.incentive;

import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
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
import java.util.UUID;

/** A participant's payout account and incentive schedule. */
@Path("/api/v1/participants/{participantId}")
public class IncentiveResource {

    public record PayoutAccountForm(
            @NotNull PayoutAccount.Type type,
            @NotBlank @Size(max = 30) String provider,
            @NotBlank @Size(max = 30) String accountNumber,
            @NotBlank @Size(max = 200) String accountHolderName) {}

    private final IncentiveService incentives;
    private final IncentiveQueries queries;

    public IncentiveResource(IncentiveService incentives, IncentiveQueries queries) {
        this.incentives = incentives;
        this.queries = queries;
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
    public Uni<IncentiveQueries.Incentives> incentives(@PathParam("participantId") UUID participantId) {
        return queries.incentives(participantId);
    }
}
