package id.go.prakerja.incentive;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;

/** Operator reports: disbursements by status and provider, and the journey funnel. */
@Path("/api/v1/operator/reports")
public class OperatorReportsResource {

    private final OperatorReports reports;

    public OperatorReportsResource(OperatorReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/disbursements")
    public Uni<OperatorReports.DisbursementReport> disbursements(
            @QueryParam("from") String from, @QueryParam("to") String to) {
        var start = instant(from, Instant.EPOCH);
        var end = instant(to, Instant.parse("9999-12-31T00:00:00Z"));
        return reports.disbursements(start, end);
    }

    @GET
    @Path("/funnel")
    public Uni<OperatorReports.Funnel> funnel(@QueryParam("batchId") UUID batchId) {
        return reports.funnel(batchId);
    }

    private static Instant instant(String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("Not an ISO-8601 instant: " + value);
        }
    }
}
