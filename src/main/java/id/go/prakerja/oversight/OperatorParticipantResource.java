package id.go.prakerja.oversight;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantCommand.Unfreeze;
import id.go.prakerja.participant.ParticipantService;
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
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators freeze a participant under review, lift the freeze, or revoke the participation. */
@Path("/api/v1/operator/participants/{participantId}")
@Tag(
        name = "Oversight",
        description = "Operators freeze a participant under review, lift the freeze, or revoke the participation")
public class OperatorParticipantResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    private final ParticipantService participants;
    private final Clock clock;

    public OperatorParticipantResource(ParticipantService participants, Clock clock) {
        this.clock = clock;
        this.participants = participants;
    }

    @POST
    @RolesAllowed(Roles.REGISTRAR)
    @Path("/freeze")
    @Idempotent
    @Operation(
            summary = "Freeze a participant",
            description = "A frozen participant can take no step until the freeze is lifted.")
    @APIResponse(
            responseCode = "200",
            description = "Frozen",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The reason or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "422", description = "The participant is already frozen")
    public Uni<Response> freeze(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.Reason reason,
            @Context HttpHeaders headers) {
        return run(participantId, new Freeze(reason.reason(), clock.instant()), headers);
    }

    @POST
    @RolesAllowed(Roles.REGISTRAR)
    @Path("/unfreeze")
    @Idempotent
    @Operation(
            summary = "Lift a freeze",
            description = "The participant takes steps again from where the journey stands.")
    @APIResponse(
            responseCode = "200",
            description = "Unfrozen",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The reason or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "422", description = "The participant is not frozen")
    public Uni<Response> unfreeze(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.Reason reason,
            @Context HttpHeaders headers) {
        return run(participantId, new Unfreeze(reason.reason(), clock.instant()), headers);
    }

    /** {@code ineligible}: the participant was found ineligible and must return what was received. */
    public record Revocation(@NotBlank @Size(max = 500) String reason, boolean ineligible) {}

    /** Fraud: stops every future incentive installment; an ineligible participant gets a clawback record. */
    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("/revoke")
    @Idempotent
    @Operation(
            summary = "Revoke a participation",
            description =
                    "Stops every future incentive installment; an ineligible participant also gets a clawback of what "
                            + "was received.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The revocation or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "422", description = "The participation is already revoked")
    public Uni<Response> revoke(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull Revocation revocation,
            @Context HttpHeaders headers) {
        return run(
                participantId,
                new ParticipantCommand.RevokeParticipation(
                        revocation.reason(), revocation.ineligible(), clock.instant()),
                headers);
    }

    private Uni<Response> run(UUID participantId, ParticipantCommand command, HttpHeaders headers) {
        return participants
                .execute(participantId, command, RequestMetadata.of(headers, caller), RequestMetadata.ifMatch(headers))
                .map(JourneyResponses::accepted);
    }
}
