package id.go.prakerja.incentive;

import id.go.prakerja.platform.TimeBounds;
import id.go.prakerja.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
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

/** Operator reports: disbursements by status and provider, and the journey funnel. */
@Path("/api/v1/operator/reports")
@Tag(name = "Operator reports", description = "Disbursements by status and provider, and how far participants get")
public class OperatorReportsResource {

    private final OperatorReports reports;

    public OperatorReportsResource(OperatorReports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Path("/disbursements")
    @Operation(
            summary = "Report the disbursements",
            description =
                    "The installments due from from (inclusive) to to (exclusive), counted and summed by status and "
                            + "provider; without either bound, all of them. A bound is an ISO-8601 instant or a date"
                            + " (the start of that day in WIB). With by=paid, the installments paid in the window.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorReports.DisbursementReport.class)))
    @APIResponse(responseCode = "400", description = "from or to is neither a date nor an ISO-8601 instant")
    public Uni<OperatorReports.DisbursementReport> disbursements(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "due (default): by due date; paid: by payment date")
                    @QueryParam("by")
                    @DefaultValue("due")
                    @Pattern(regexp = "due|paid")
                    String by) {
        var start = TimeBounds.from(from);
        var end = TimeBounds.to(to);
        return reports.disbursements(start, end, by.equals("paid"));
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.FINANCE, Roles.AUDITOR})
    @Path("/funnel")
    @Operation(
            summary = "Report the journey funnel",
            description =
                    "How many participants are at each status, and how many reached each step of the main path; of one "
                            + "batch, or of all.")
    @APIResponse(
            responseCode = "200",
            description = "The funnel",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OperatorReports.Funnel.class)))
    @APIResponse(responseCode = "404", description = "batchId is not a UUID")
    public Uni<OperatorReports.Funnel> funnel(@QueryParam("batchId") UUID batchId) {
        return reports.funnel(batchId);
    }
}
