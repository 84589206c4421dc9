package id.go.prakerja.profile;

import id.go.prakerja.participant.JourneyRequests;
import id.go.prakerja.participant.JourneyResponses;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.problem.NotEligible;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
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

/** The participant's profile, which decides eligibility, and the basic test. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Profile")
public class ProfileResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    private final ProfileService profiles;

    public ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @PUT
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/profile")
    @Idempotent
    @Operation(
            summary = "Complete the profile",
            description =
                    "Records the profile and judges eligibility. A participant found not eligible gets 422 with the "
                            + "failed requirements; the profile is kept.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded, and eligible",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The profile or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description =
                    "Not eligible (not-eligible), or refused by a rule: not at this step, an invalid NIK, or frozen "
                            + "(rule-violated)")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    public Uni<Response> completeProfile(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.ProfileForm form,
            @Context HttpHeaders headers) {
        return profiles.completeProfile(
                        participantId,
                        form.toDomain(),
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> {
                    var notEligible = outcome.events().stream()
                            .filter(FoundNotEligible.class::isInstance)
                            .map(FoundNotEligible.class::cast)
                            .findFirst();
                    if (notEligible.isPresent()) {
                        throw new NotEligible(
                                participantId,
                                outcome.version(),
                                notEligible.get().failedRules().stream()
                                        .map(Rule::valueOf)
                                        .map(Violation::of)
                                        .toList());
                    }
                    return JourneyResponses.accepted(outcome);
                });
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/basic-test")
    @Idempotent
    @Operation(
            summary = "Take the basic test",
            description = "Grades the answers; a failed test can be taken again up to the programme's limit.")
    @APIResponse(
            responseCode = "200",
            description = "Graded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.BasicTestResult.class)))
    @APIResponse(responseCode = "400", description = "The answers or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    @APIResponse(responseCode = "422", description = "Not at the step of the basic test, no attempts left, or frozen")
    public Uni<Response> takeBasicTest(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.BasicTestAnswers submission,
            @Context HttpHeaders headers) {
        return profiles.takeBasicTest(
                        participantId,
                        submission.answers(),
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> {
                    var taken = outcome.first(BasicTestTaken.class).orElseThrow();
                    return Response.ok(new JourneyResponses.BasicTestResult(
                                    participantId, taken.score(), taken.passed(), outcome.version()))
                            .tag(new EntityTag(Long.toString(outcome.version())))
                            .build();
                });
    }
}
