package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.grievance.GrievanceMessages.Accepted;
import id.go.prakerja.grievance.GrievanceMessages.Assignment;
import id.go.prakerja.grievance.GrievanceMessages.Conversation;
import id.go.prakerja.grievance.GrievanceMessages.OperatorReply;
import id.go.prakerja.grievance.GrievanceMessages.Resolution;
import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.TimeBounds;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The grievance desk: the queue, a ticket's conversation, assignment, replies and resolution, and the report. Support
 * works what is not sensitive, registrars the sensitive (fraud reports); to anyone else those do not exist.
 */
@Path("/api/v1/operator/grievances")
@Tag(name = "Grievances")
public class OperatorGrievanceResource {

    private static final String STATUSES =
            "NEW|IN_PROGRESS|WAITING_FOR_PARTICIPANT|ESCALATED|RESOLVED|CLOSED|CANCELLED";

    /** The signed-in operator, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    private final GrievanceService grievances;
    private final GrievanceQueries queries;

    public OperatorGrievanceResource(GrievanceService grievances, GrievanceQueries queries) {
        this.grievances = grievances;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR})
    @Operation(
            summary = "Read the grievance queue",
            description = "Overdue first, then by due time; support sees what is not sensitive, registrars what is.")
    @APIResponse(
            responseCode = "200",
            description = "The queue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GrievanceQueries.Summary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A filter is invalid")
    public Uni<List<GrievanceQueries.Summary>> queue(
            @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @QueryParam("category") @Pattern(regexp = "[A-Z_]{1,64}") String category,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return queries.queue(
                new GrievanceQueries.QueueQuery(viewer().sensitivities(), status, category, overdue, limit));
    }

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR, Roles.AUDITOR})
    @Path("/report")
    @Operation(
            summary = "Report on grievances",
            description = "Per category, of those filed from from (inclusive) to to (exclusive): filed, open, overdue,"
                    + " resolved, the median hours to resolve and the share resolved within the service level. A"
                    + " bound is an ISO-8601 instant or a date (the start of that day in WIB).")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GrievanceQueries.Report.class)))
    @APIResponse(responseCode = "400", description = "from or to is neither a date nor an ISO-8601 instant")
    public Uni<GrievanceQueries.Report> report(@QueryParam("from") String from, @QueryParam("to") String to) {
        // An auditor counts every grievance; counts hold no one's words.
        var sensitivities = caller.getRoles().contains(Roles.AUDITOR) ? Set.of(false, true) : viewer().sensitivities();
        return queries.report(TimeBounds.from(from), TimeBounds.to(to), sensitivities);
    }

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR})
    @Path("/{grievanceId}")
    @Operation(summary = "Read a grievance", description = "With the whole conversation, the complaint first.")
    @APIResponse(
            responseCode = "200",
            description = "The grievance",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Conversation.class)))
    @APIResponse(responseCode = "404", description = "No grievance the caller may see has this id")
    public Uni<Conversation> read(@PathParam("grievanceId") UUID grievanceId) {
        return grievances.read(grievanceId, viewer()).map(Conversation::of);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR})
    @Path("/{grievanceId}/assignment")
    @Operation(
            summary = "Assign a grievance",
            description = "To an operator, or to the caller; a new one goes into work.")
    @APIResponse(
            responseCode = "200",
            description = "Assigned",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "404", description = "No grievance the caller may see has this id")
    @APIResponse(responseCode = "422", description = "The grievance is resolved, closed or cancelled")
    public Uni<Accepted> assign(
            @PathParam("grievanceId") UUID grievanceId, Assignment assignment, @Context HttpHeaders headers) {
        var operatorId = assignment != null && assignment.operatorId() != null
                ? assignment.operatorId()
                : UUID.fromString(caller.getPrincipal().getName());
        return grievances
                .assign(grievanceId, viewer(), operatorId, RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR})
    @Path("/{grievanceId}/replies")
    @Operation(
            summary = "Answer a grievance",
            description = "The participant is told by e-mail. With awaitParticipant, the grievance waits for their"
                    + " answer.")
    @APIResponse(
            responseCode = "200",
            description = "Sent",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "The text is missing or too long")
    @APIResponse(responseCode = "404", description = "No grievance the caller may see has this id")
    @APIResponse(responseCode = "422", description = "The grievance is resolved, closed or cancelled")
    public Uni<Accepted> reply(
            @PathParam("grievanceId") UUID grievanceId,
            @Valid @NotNull OperatorReply reply,
            @Context HttpHeaders headers) {
        return grievances
                .reply(
                        grievanceId,
                        viewer(),
                        Author.OPERATOR,
                        reply.text(),
                        reply.awaitParticipant(),
                        RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR})
    @Path("/{grievanceId}/resolution")
    @Operation(summary = "Resolve a grievance", description = "The participant is told by e-mail and may close it.")
    @APIResponse(
            responseCode = "200",
            description = "Resolved",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "The resolution is missing or too long")
    @APIResponse(responseCode = "404", description = "No grievance the caller may see has this id")
    @APIResponse(responseCode = "422", description = "The grievance is resolved, closed or cancelled")
    public Uni<Accepted> resolve(
            @PathParam("grievanceId") UUID grievanceId,
            @Valid @NotNull Resolution resolution,
            @Context HttpHeaders headers) {
        return grievances
                .resolve(grievanceId, viewer(), resolution.resolution(), RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SUPPORT, Roles.REGISTRAR})
    @Path("/{grievanceId}/closure")
    @Operation(summary = "Close a resolved grievance", description = "When the participant does not confirm it.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "404", description = "No grievance the caller may see has this id")
    @APIResponse(responseCode = "422", description = "The grievance is not resolved")
    public Uni<Accepted> close(@PathParam("grievanceId") UUID grievanceId, @Context HttpHeaders headers) {
        return grievances
                .close(grievanceId, viewer(), RequestMetadata.of(headers, caller))
                .map(Accepted::of);
    }

    private Viewer viewer() {
        return Viewer.operator(caller.getRoles());
    }
}
