package id.go.prakerja.privacy;

import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

/** The participant's side of UU PDP 27/2022: consent to the notice, a copy of their data, and asking for erasure. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Privacy", description = "The privacy notice, the participant's personal data and its erasure")
public class PrivacyResource {

    /** The version of the privacy notice the participant read and accepts. */
    public record Consent(@NotBlank @Size(max = 32) String version) {}

    private final PrivacyService privacy;

    public PrivacyResource(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/privacy-consent")
    @Idempotent
    @Operation(summary = "Accept the privacy notice", description = "Records the version accepted, and when.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The body or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "404", description = "No such participant, or not the caller")
    @APIResponse(responseCode = "422", description = "The version is not the notice in force")
    public Uni<Response> consent(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull Consent consent,
            @Context HttpHeaders headers) {
        return privacy.accept(participantId, consent.version(), RequestMetadata.ofParticipant(headers, participantId))
                .map(JourneyResponses::accepted);
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/personal-data")
    @Operation(
            summary = "Get a copy of one's personal data",
            description = "Everything the platform holds about the participant, decrypted: the profile, the payout"
                    + " account and every event of the journey. Password hashes and code digests are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The participant's data",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "Only the participant reads their own data in clear")
    @APIResponse(responseCode = "404", description = "No such participant, or not the caller")
    public Uni<PersonalDataExport> personalData(@PathParam("participantId") UUID participantId) {
        return privacy.export(participantId).map(export -> export.orElseThrow(NotFoundException::new));
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/erasure-request")
    @Idempotent
    @Operation(
            summary = "Ask for one's personal data to be erased",
            description = "A registrar decides; what a legal duty requires (the money trail) is kept either way.")
    @APIResponse(
            responseCode = "200",
            description = "Asked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The Idempotency-Key header is invalid")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "404", description = "No such participant, or not the caller")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "422", description = "The data was already erased")
    public Uni<Response> requestErasure(@PathParam("participantId") UUID participantId, @Context HttpHeaders headers) {
        return privacy.requestErasure(
                        participantId,
                        RequestMetadata.ofParticipant(headers, participantId),
                        RequestMetadata.ifMatch(headers))
                .map(JourneyResponses::accepted);
    }
}
