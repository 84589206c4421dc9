package id.go.prakerja.registration;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creating an account and verifying its e-mail address. */
@Path("/api/v1/registrations")
@Tag(name = "Registration", description = "Creating an account and verifying its e-mail address")
public class RegistrationResource {

    private final RegistrationService registrations;

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @PermitAll
    @Idempotent
    @Operation(
            summary = "Register an account",
            description =
                    "Creates a participant and e-mails a verification code; the Location header names the participant.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The registration or the Idempotency-Key header is invalid")
    @APIResponse(
            responseCode = "409",
            description =
                    "The e-mail address is already registered, or a request with the same Idempotency-Key is still "
                            + "running")
    @APIResponse(
            responseCode = "422",
            description = "The password is too short, too long in bytes or too common, or the privacy notice accepted"
                    + " is not the one in force")
    @APIResponse(responseCode = "429", description = "Too many registrations from this client; retry after Retry-After")
    public Uni<Response> register(
            @Valid @NotNull JourneyRequests.Registration registration,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return registrations
                .register(
                        registration.email(),
                        registration.password(),
                        registration.privacyNoticeVersion(),
                        ClientAddress.of(request),
                        RequestMetadata.of(headers, "anonymous"))
                .map(outcome -> Response.created(URI.create("/api/v1/participants/" + outcome.id()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .entity(new JourneyResponses.Accepted(
                                outcome.id(), outcome.state().status().name(), outcome.version()))
                        .build());
    }

    @POST
    @PermitAll
    @Path("/{participantId}/email-verification")
    @Idempotent
    @Operation(summary = "Verify the e-mail address", description = "Takes the code that the registration e-mailed.")
    @APIResponse(
            responseCode = "200",
            description = "Verified",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The body or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description = "The address is already verified, the code is wrong or expired, or the participant is frozen")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "429", description = "Too many wrong codes; retry after Retry-After seconds")
    public Uni<Response> verifyEmail(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.EmailVerification verification,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return registrations
                .verifyEmail(
                        participantId,
                        verification.token(),
                        ClientAddress.of(request),
                        RequestMetadata.ofParticipant(headers, participantId),
                        RequestMetadata.ifMatch(headers))
                .map(JourneyResponses::accepted);
    }
}
