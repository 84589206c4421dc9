package id.go.prakerja.audit;

import id.go.prakerja.platform.TimeBounds;
import id.go.prakerja.platform.problem.InvalidParameter;
import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who did what, when, to whom, and why: read from the log's metadata, and only read. */
@Path("/api/v1/operator/audit")
@Tag(name = "Audit", description = "The trail of every operator command")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(
            summary = "Read the audit trail",
            description = "Every event an operator's command appended (batches, selection, freezes, revocations, the"
                    + " catalog, accounts and roles, erasure, grievances), newest first: the operator and the roles"
                    + " they acted in, the action, what it changed, and the reason they gave. from and to take a date"
                    + " (the start of that day in WIB) or an ISO-8601 instant. The trail cannot be changed through"
                    + " the API.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the trail",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditTrail.Page.class)))
    @APIResponse(responseCode = "400", description = "A parameter does not read; the violation names it")
    public Uni<AuditTrail.Page> trail(
            @Parameter(description = "The operator's account id") @QueryParam("actor") String actor,
            @Parameter(description = "The participant's id") @QueryParam("participant") String participant,
            @Parameter(description = "From (inclusive)", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "To (exclusive)", example = "2026-12-02") @QueryParam("to") String to,
            @Parameter(description = "Entries older than this position (the previous page's nextBefore)")
                    @QueryParam("before")
                    @Min(1)
                    Long before,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return trail.find(new AuditTrail.Query(
                uuid("actor", actor),
                uuid("participant", participant),
                TimeBounds.parse("from", from, null),
                TimeBounds.parse("to", to, null),
                before,
                limit));
    }

    private static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(parameter, "uuid");
        }
    }
}
