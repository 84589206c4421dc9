package id.go.prakerja.batch;

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

/** A participant with a verified identity applies to a batch. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Batches")
public class BatchApplicationResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    private final BatchService batches;

    public BatchApplicationResource(BatchService batches) {
        this.batches = batches;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/batch-applications")
    @Idempotent
    @Operation(
            summary = "Apply to a batch",
            description = "The participant joins the batch and the batch records the application, both or neither.")
    @APIResponse(
            responseCode = "201",
            description = "Applied",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JourneyResponses.Accepted.class)))
    @APIResponse(responseCode = "400", description = "The body or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No participant or no batch has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(
            responseCode = "422",
            description = "The batch is not open, the participant already applied or is not at this step, or is frozen")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a version the participant's stream is no longer at")
    public Uni<Response> applyToBatch(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull JourneyRequests.BatchApplication application,
            @Context HttpHeaders headers) {
        return batches.apply(
                        participantId,
                        application.batchId(),
                        RequestMetadata.of(headers, caller),
                        RequestMetadata.ifMatch(headers))
                .map(outcome -> Response.status(Response.Status.CREATED)
                        .entity(new JourneyResponses.Accepted(
                                participantId, outcome.state().status().name(), outcome.version()))
                        .tag(new EntityTag(Long.toString(outcome.version())))
                        .build());
    }
}
