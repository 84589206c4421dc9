package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceMessages.Accepted;
import id.go.prakerja.grievance.GrievanceMessages.Complaint;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A report by someone who does not sign in: only in a category that allows it (fraud reports). */
@Path("/api/v1/grievances")
@Tag(name = "Grievances")
public class FraudReportResource {

    private final GrievanceService grievances;

    public FraudReportResource(GrievanceService grievances) {
        this.grievances = grievances;
    }

    @POST
    @PermitAll
    @Idempotent
    @Operation(
            summary = "Report fraud without signing in",
            description = "Files a grievance with no participant behind it, in a category open to anonymous reports"
                    + " (FRAUD_REPORT). Only registrars read it. The answer names the grievance; nobody can read it"
                    + " back without an operator's role.")
    @APIResponse(
            responseCode = "201",
            description = "Filed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "422", description = "The category is unknown or needs a signed-in participant")
    @APIResponse(responseCode = "429", description = "Too many anonymous requests from this address; see Retry-After")
    public Uni<Response> report(
            @Valid @NotNull Complaint complaint, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return grievances
                .report(
                        ClientAddress.of(request),
                        complaint.category(),
                        complaint.text(),
                        RequestMetadata.of(headers, "anonymous"))
                .map(Accepted::created);
    }
}
