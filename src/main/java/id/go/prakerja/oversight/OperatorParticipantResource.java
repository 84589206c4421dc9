package id.go.prakerja.oversight;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantCommand.Unfreeze;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;

/** Operators freeze a participant under review, lift the freeze, or revoke the participation. */
@Path("/api/v1/operator/participants/{participantId}")
public class OperatorParticipantResource {

    private final ParticipantService participants;
    private final Clock clock;

    public OperatorParticipantResource(ParticipantService participants, Clock clock) {
        this.clock = clock;
        this.participants = participants;
    }

    @POST
    @Path("/freeze")
    @Idempotent
    public Uni<Response> freeze(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.Reason reason,
            @Context HttpHeaders headers) {
        return run(participantId, new Freeze(reason.reason(), clock.instant()), headers);
    }

    @POST
    @Path("/unfreeze")
    @Idempotent
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
    @Path("/revoke")
    @Idempotent
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
                .execute(participantId, command, RequestMetadata.of(headers, "operator"))
                .map(JourneyResponses::accepted);
    }
}
