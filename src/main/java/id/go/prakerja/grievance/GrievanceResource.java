package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.grievance.GrievanceMessages.Accepted;
import id.go.prakerja.grievance.GrievanceMessages.Complaint;
import id.go.prakerja.grievance.GrievanceMessages.Conversation;
import id.go.prakerja.grievance.GrievanceMessages.Text;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's own grievances: filing, reading the answers, replying, cancelling, confirming the close. */
@Path("/api/v1/participants/{participantId}")
@Tag(name = "Grievances", description = "Complaints, their conversation and their service levels")
public class GrievanceResource {

    /** The signed-in participant, whose id each event records. */
    @Inject
    SecurityIdentity caller;

    private final GrievanceService grievances;
    private final GrievanceQueries queries;

    public GrievanceResource(GrievanceService grievances, GrievanceQueries queries) {
        this.grievances = grievances;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/grievances")
    @Idempotent
    @Operation(
            summary = "File a grievance",
            description = "In one of the configured categories, optionally about a purchase or an installment. Its"
                    + " service level (hours, per category) starts now; past it, an open grievance is escalated.")
    @APIResponse(
            responseCode = "201",
            description = "Filed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "Not the caller's own id")
    @APIResponse(responseCode = "422", description = "No category has this name")
    public Uni<Response> file(
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull Complaint complaint,
            @Context HttpHeaders headers) {
        return grievances
                .file(
                        participantId,
                        complaint.category(),
                        complaint.text(),
                        complaint.purchaseId(),
                        complaint.installment(),
                        RequestMetadata.of(headers, caller))
                .map(Accepted::created);
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/grievances")
    @Operation(summary = "List the participant's grievances", description = "Newest first, without their texts.")
    @APIResponse(
            responseCode = "200",
            description = "The grievances",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GrievanceQueries.Summary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Not the caller's own id")
    public Uni<List<GrievanceQueries.Summary>> list(@PathParam("participantId") UUID participantId) {
        return queries.ofParticipant(participantId);
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/grievances/{grievanceId}")
    @Operation(summary = "Read a grievance", description = "With the whole conversation, the complaint first.")
    @APIResponse(
            responseCode = "200",
            description = "The grievance",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Conversation.class)))
    @APIResponse(responseCode = "404", description = "The participant has no grievance with this id")
    public Uni<Conversation> read(
            @PathParam("participantId") UUID participantId, @PathParam("grievanceId") UUID grievanceId) {
        return grievances.read(grievanceId, Viewer.participant(participantId)).map(Conversation::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/grievances/{grievanceId}/replies")
    @Operation(
            summary = "Reply to a grievance",
            description = "A grievance waiting for the participant goes back into work.")
    @APIResponse(
            responseCode = "200",
            description = "Added",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "The text is missing or too long")
    @APIResponse(responseCode = "404", description = "The participant has no grievance with this id")
    @APIResponse(responseCode = "422", description = "The grievance is resolved, closed or cancelled")
    public Uni<Accepted> reply(
            @PathParam("participantId") UUID participantId,
            @PathParam("grievanceId") UUID grievanceId,
            @Valid @NotNull Text text,
            @Context HttpHeaders headers) {
        return grievances
                .reply(
                        grievanceId,
                        Viewer.participant(participantId),
                        Author.PARTICIPANT,
                        text.text(),
                        false,
                        RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/grievances/{grievanceId}/cancellation")
    @Operation(summary = "Withdraw a grievance", description = "Only while it is open.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "404", description = "The participant has no grievance with this id")
    @APIResponse(responseCode = "422", description = "The grievance is resolved, closed or cancelled")
    public Uni<Accepted> cancel(
            @PathParam("participantId") UUID participantId,
            @PathParam("grievanceId") UUID grievanceId,
            @Context HttpHeaders headers) {
        return grievances
                .cancel(grievanceId, Viewer.participant(participantId), RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/grievances/{grievanceId}/closure")
    @Operation(summary = "Confirm a resolution", description = "Closes a resolved grievance.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "404", description = "The participant has no grievance with this id")
    @APIResponse(responseCode = "422", description = "The grievance is not resolved")
    public Uni<Accepted> close(
            @PathParam("participantId") UUID participantId,
            @PathParam("grievanceId") UUID grievanceId,
            @Context HttpHeaders headers) {
        return grievances
                .close(grievanceId, Viewer.participant(participantId), RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }
}
