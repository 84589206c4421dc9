package id.go.prakerja.incentive;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finance's hand on a participant's installments. */
@Path("/api/v1/operator/participants/{participantId}")
@Tag(name = "Incentives")
public class OperatorIncentiveResource {

    /** The signed-in operator, whose id and roles the event records. */
    @Inject
    SecurityIdentity caller;

    private final IncentiveService incentives;

    public OperatorIncentiveResource(IncentiveService incentives) {
        this.incentives = incentives;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("/incentives/{installment}/retry")
    @Idempotent
    @Operation(
            summary = "Retry a failed installment",
            description = "On the account the participant has: for a failure that was not theirs (a bank outage)."
                    + " The next run of the disbursement job requests it again under a new attempt id.")
    @APIResponse(
            responseCode = "200",
            description = "To be requested again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The reason or the installment number is invalid")
    @APIResponse(responseCode = "404", description = "No participant or installment has this id or number")
    @APIResponse(responseCode = "422", description = "The installment has not failed")
    public Uni<Response> retry(
            @PathParam("participantId") UUID participantId,
            @PathParam("installment") @Min(1) @Max(12) int installment,
            @Valid @NotNull JourneyRequests.Reason reason,
            @Context HttpHeaders headers) {
        return incentives
                .approveRetry(participantId, installment, reason.reason(), RequestMetadata.of(headers, caller))
                .map(JourneyResponses::accepted);
    }
}
