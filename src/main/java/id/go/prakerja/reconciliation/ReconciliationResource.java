package id.go.prakerja.reconciliation;

import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.TimeBounds;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The payment partner's statements, their reconciliation, and the disbursements per due date. */
@Path("/api/v1/operator/disbursements")
@Tag(name = "Reconciliation", description = "Payment statements matched against the disbursements, and their totals")
public class ReconciliationResource {

    /** What an import answers: the statement's id, under which its report is read. */
    public record Imported(UUID statementId, int lines) {}

    /** The signed-in operator, whose id and roles the import's event records. */
    @Inject
    SecurityIdentity caller;

    private final StatementService statements;
    private final Reconciliation reconciliation;

    public ReconciliationResource(StatementService statements, Reconciliation reconciliation) {
        this.statements = statements;
        this.reconciliation = reconciliation;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Path("/statements")
    @Idempotent
    // Parsing and digesting up to a mebibyte of CSV is CPU work: off the event loop.
    @Blocking
    // Any media type reaches the method, so that the role check answers first; the body is read as CSV either way.
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Import a payment statement",
            description = "CSV with a header line naming disbursement_id, reference, amount (whole rupiah), status"
                    + " (PAID, FAILED or REVERSED) and date (the payment's date, 2026-12-01); other columns are"
                    + " ignored. A file with any bad cell is refused whole, each bad cell named. The same file twice"
                    + " is a conflict. Importing changes no balance: read the reconciliation under the statement's id.")
    @APIResponse(
            responseCode = "201",
            description = "Imported",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Imported.class)))
    @APIResponse(responseCode = "400", description = "Cells that do not read, each named by line and column")
    @APIResponse(responseCode = "409", description = "This file was imported already")
    @APIResponse(responseCode = "422", description = "The statement has no lines")
    public Uni<Response> importStatement(
            @RequestBody(
                            required = true,
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
                    String csv,
            @Context HttpHeaders headers) {
        return statements
                .importStatement(csv == null ? "" : csv, RequestMetadata.of(headers, caller))
                .map(outcome -> {
                    var imported = (StatementEvent.Imported) outcome.events().get(0);
                    return Response.status(Response.Status.CREATED)
                            .entity(new Imported(
                                    imported.statementId(), imported.lines().size()))
                            .build();
                });
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Path("/statements/{statementId}")
    @Operation(
            summary = "Reconcile a statement",
            description = "Each line matched against its disbursement as it stands now: unknown id, another amount,"
                    + " paid twice (two PAID lines for one installment, in any statements), paid but recorded failed,"
                    + " failed but recorded paid, paid but not confirmed by the partner's result, reversed.")
    @APIResponse(
            responseCode = "200",
            description = "The reconciliation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Reconciliation.Report.class)))
    @APIResponse(responseCode = "404", description = "No statement has this id (or its lines are not in yet)")
    public Uni<Reconciliation.Report> report(@PathParam("statementId") UUID statementId) {
        return reconciliation
                .report(statementId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No statement " + statementId));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
    @Path("/batches")
    @Operation(
            summary = "Disbursements per due date",
            description = "The installments due from from (inclusive) to to (exclusive), one envelope per due day"
                    + " (WIB): how many and how much requested, sent to the partner, paid and failed. A bound is an"
                    + " ISO-8601 instant or a date.")
    @APIResponse(
            responseCode = "200",
            description = "The envelopes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Reconciliation.Envelope.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "from or to is neither a date nor an ISO-8601 instant")
    public Uni<List<Reconciliation.Envelope>> envelopes(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reconciliation.envelopes(TimeBounds.from(from), TimeBounds.to(to));
    }
}
