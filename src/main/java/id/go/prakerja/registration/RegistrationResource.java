package id.go.prakerja.registration;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
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
import java.net.URI;
import java.util.UUID;

/** Creating an account and verifying its e-mail address. */
@Path("/api/v1/registrations")
public class RegistrationResource {

    private final RegistrationService registrations;

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Idempotent
    public Uni<Response> register(
            @Valid @NotNull JourneyRequests.Registration registration, @Context HttpHeaders headers) {
        return registrations
                .register(registration.email(), registration.password(), RequestMetadata.of(headers, "participant"))
                .map(outcome -> Response.created(URI.create("/api/v1/participants/" + outcome.id()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .entity(new JourneyResponses.Accepted(
                                outcome.id(), outcome.state().status().name(), outcome.version()))
                        .build());
    }

    @POST
    @Path("/{participantId}/email-verification")
    @Idempotent
    public Uni<Response> verifyEmail(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.EmailVerification verification,
            @Context HttpHeaders headers) {
        return registrations
                .verifyEmail(
                        participantId,
                        verification.token(),
                        RequestMetadata.of(headers, "participant:" + participantId))
                .map(JourneyResponses::accepted);
    }
}
