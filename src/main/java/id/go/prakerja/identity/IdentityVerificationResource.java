package id.go.prakerja.identity;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The participant asks the population registry to verify their identity; the answer comes back over Kafka. */
@Path("/api/v1/participants/{participantId}")
public class IdentityVerificationResource {

    private final IdentityVerificationService verifications;

    public IdentityVerificationResource(IdentityVerificationService verifications) {
        this.verifications = verifications;
    }

    @POST
    @Path("/identity-verification")
    @Idempotent
    public Uni<Response> requestIdentityVerification(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.IdentityVerification request,
            @Context HttpHeaders headers) {
        return verifications
                .request(participantId, request.selfieReference(), metadata(headers, participantId))
                .map(outcome -> Response.accepted(new JourneyResponses.VerificationRequested(
                                participantId,
                                outcome.first(IdentityVerificationRequested.class)
                                        .orElseThrow()
                                        .requestId(),
                                outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }

    private static EventMetadata metadata(HttpHeaders headers, UUID participantId) {
        return RequestMetadata.of(headers, "participant:" + participantId);
    }
}
