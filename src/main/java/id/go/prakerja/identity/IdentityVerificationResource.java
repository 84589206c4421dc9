package id.go.prakerja.identity;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
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

/** The participant asks the population registry to verify their identity; the answer comes back over Kafka. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Identity", description = "A participant has the population registry verify their identity")
public class IdentityVerificationResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    private final IdentityVerificationService verifications;

    public IdentityVerificationResource(IdentityVerificationService verifications) {
        this.verifications = verifications;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/identity-verification")
    @Idempotent
    @Operation(
            summary = "Request identity verification",
            description =
                    "Sends the NIK, family card and selfie to the population registry; the answer arrives later and "
                            + "shows in the status.")
    @APIResponse(
            responseCode = "202",
            description = "Requested",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.VerificationRequested.class)))
    @APIResponse(responseCode = "400", description = "The body or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "422", description = "Not at the step of identity verification, or frozen")
    public Uni<Response> requestIdentityVerification(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.IdentityVerification request,
            @Context HttpHeaders headers) {
        return verifications
                .request(
                        participantId,
                        request.selfieReference(),
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> Response.accepted(new JourneyResponses.VerificationRequested(
                                participantId,
                                outcome.first(IdentityVerificationRequested.class)
                                        .orElseThrow()
                                        .requestId(),
                                outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }
}
