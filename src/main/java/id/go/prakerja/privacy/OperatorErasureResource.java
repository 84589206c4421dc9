package id.go.prakerja.privacy;

import id.go.prakerja.participant.JourneyResponses;
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

/** A registrar's decision on a participant's request to erase their personal data. */
@Path("/api/v1/operator/participants/{participantId}")
@Tag(name = "Privacy", description = "The privacy notice, the participant's personal data and its erasure")
public class OperatorErasureResource {

    /** Erase, or decline naming the legal duty that requires keeping the data; either way with a reason. */
    public record Decision(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 500) String reason) {}

    public enum Outcome {
        ERASE,
        DECLINE
    }

    private final PrivacyService privacy;

    @Inject
    SecurityIdentity caller;

    public OperatorErasureResource(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @POST
    @RolesAllowed(Roles.REGISTRAR)
    @Path("/erasure")
    @Idempotent
    @Operation(
            summary = "Decide on an erasure request",
            description = "ERASE destroys the participant's data key: every personal field of their journey becomes"
                    + " unreadable, in the log, the read models and their rebuilds; amounts, dates and references"
                    + " stay, and so does the NIK's keyed digest. Unpaid installments are cancelled.")
    @APIResponse(
            responseCode = "200",
            description = "Decided",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The decision or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "Only a registrar decides on erasures")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "422",
            description = "No erasure was asked for, the data is already erased, or a payment is with the bank")
    public Uni<Response> decide(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull Decision decision,
            @Context HttpHeaders headers) {
        var metadata = RequestMetadata.of(headers, caller);
        var decided = decision.outcome() == Outcome.ERASE
                ? privacy.erase(participantId, decision.reason(), metadata)
                : privacy.declineErasure(participantId, decision.reason(), metadata);
        return decided.map(JourneyResponses::accepted);
    }
}
