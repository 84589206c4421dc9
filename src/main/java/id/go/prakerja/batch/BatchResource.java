package id.go.prakerja.batch;

import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators open batches, watch their applications and run the selection. */
@Path("/api/v1/operator/batches")
@Tag(name = "Batches", description = "Operators open batches and run their selection; participants apply to them")
public class BatchResource {

    /** The signed-in account, whose id and roles each event records. */
    @Inject
    SecurityIdentity caller;

    public record OpenBatchForm(
            @NotBlank @Size(max = 100) String name,
            @Min(1) int quota,
            @NotNull Instant opensAt,
            @NotNull Instant closesAt) {}

    /** An optional seed to reproduce a selection's tie-breaks; by default one derived from the batch id. */
    public record SelectionForm(Long seed) {}

    public record Opened(UUID batchId, long version) {}

    public record Selection(UUID batchId, int selected, int notSelected, long version) {}

    private final BatchService batches;
    private final BatchQueries queries;
    private final BatchSelection selection;

    public BatchResource(BatchService batches, BatchQueries queries, BatchSelection selection) {
        this.batches = batches;
        this.queries = queries;
        this.selection = selection;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Idempotent
    @Operation(summary = "Open a batch", description = "The Location header names the batch.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Opened.class)))
    @APIResponse(responseCode = "400", description = "The form or the Idempotency-Key header is invalid")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(responseCode = "422", description = "The batch closes before it opens")
    public Uni<Response> open(@Valid @NotNull OpenBatchForm form, @Context HttpHeaders headers) {
        return batches.open(
                        form.name(), form.quota(), form.opensAt(), form.closesAt(), RequestMetadata.of(headers, caller))
                .map(outcome -> Response.created(URI.create("/api/v1/operator/batches/" + outcome.id()))
                        .entity(new Opened(outcome.id(), outcome.version()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.AUDITOR})
    @Operation(summary = "List the batches", description = "The latest to open first, each with its quota and counts.")
    @APIResponse(
            responseCode = "200",
            description = "The batches",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchOverview.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "The limit is not between 1 and 500")
    public Uni<List<BatchOverview>> batches(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return queries.latest(limit);
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.AUDITOR})
    @Path("/{batchId}")
    @Operation(summary = "Get a batch", description = "Its quota, window, applicants and selection.")
    @APIResponse(
            responseCode = "200",
            description = "The batch",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchOverview.class)))
    @APIResponse(responseCode = "404", description = "No batch has this id")
    public Uni<BatchOverview> batch(@PathParam("batchId") UUID batchId) {
        return queries.batch(batchId).onItem().ifNull().failWith(() -> new NotFoundException("No batch " + batchId));
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.AUDITOR})
    @Path("/{batchId}/selection")
    @Operation(
            summary = "See who applied and who was selected, and why",
            description = "The applicants in the selection's order, each with its priority group and application"
                    + " time; before the selection, by priority group and application time.")
    @APIResponse(
            responseCode = "200",
            description = "The applicants",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchSelection.View.class)))
    @APIResponse(responseCode = "404", description = "No batch has this id")
    public Uni<BatchSelection.View> selection(@PathParam("batchId") UUID batchId) {
        return selection.of(batchId).onItem().ifNull().failWith(() -> new NotFoundException("No batch " + batchId));
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Path("/{batchId}/selection")
    @Idempotent
    @Operation(
            summary = "Run the selection",
            description =
                    "Takes applicants by priority group, then by application time; the seed breaks exact ties, by "
                            + "default one derived from the batch id.")
    @APIResponse(
            responseCode = "200",
            description = "Selected",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Selection.class)))
    @APIResponse(responseCode = "400", description = "The body or the Idempotency-Key header is invalid")
    @APIResponse(responseCode = "404", description = "No batch has this id")
    @APIResponse(
            responseCode = "409",
            description = "A request with this Idempotency-Key is still running, or the record changed concurrently")
    @APIResponse(responseCode = "422", description = "The selection of this batch has already been made")
    public Uni<Selection> select(@PathParam("batchId") UUID batchId, SelectionForm form, @Context HttpHeaders headers) {
        return batches.select(batchId, form == null ? null : form.seed(), RequestMetadata.of(headers, caller))
                .map(outcome -> {
                    var made = (BatchEvent.SelectionMade) outcome.events().get(0);
                    return new Selection(
                            batchId, made.selected().size(), made.notSelected().size(), outcome.version());
                });
    }
}
