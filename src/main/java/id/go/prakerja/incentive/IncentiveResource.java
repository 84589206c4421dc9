package id.go.prakerja.incentive;

import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's payout account and incentive schedule. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Incentives", description = "A participant's payout account and the incentive installments paid into it")
public class IncentiveResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

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
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/payout-account")
    @Idempotent
    @Operation(
            summary = "Set the payout account",
            description =
                    "The bank account or e-wallet that the incentive is paid into; it must be in the participant's own "
                            + "name.")
    @APIResponse(
            responseCode = "200",
            description = "Set",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The account or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description =
                    "The card is not active, the provider is unknown or of the other type, the account number has the "
                            + "wrong format or the holder is not the participant, or the participant is frozen")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
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
                .setPayoutAccount(
                        participantId, account, RequestMetadata.of(headers, caller), RequestMetadata.ifMatch(headers))
                .map(outcome -> Response.ok(new JourneyResponses.Accepted(
                                participantId, outcome.state().status().name(), outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPPORT, Roles.AUDITOR, Roles.REGISTRAR, Roles.FINANCE})
    @Path("/incentives")
    @Operation(
            summary = "List a participant's incentive installments",
            description = "What is scheduled, paid and failed; empty before the first certificate.")
    @APIResponse(
            responseCode = "200",
            description = "The installments",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IncentiveQueries.Incentives.class)))
    @APIResponse(responseCode = "404", description = "No participant has this id, or it is not a UUID")
    public Uni<IncentiveQueries.Incentives> incentives(@PathParam("participantId") UUID participantId) {
        return queries.incentives(participantId);
    }
}
