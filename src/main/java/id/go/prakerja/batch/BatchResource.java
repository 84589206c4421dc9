package id.go.prakerja.batch;

import id.go.prakerja.platform.RequestMetadata;
import id.go.prakerja.platform.idempotency.Idempotent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Operators open batches, watch their applications and run the selection. */
@Path("/api/v1/operator/batches")
public class BatchResource {

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

    public BatchResource(BatchService batches, BatchQueries queries) {
        this.batches = batches;
        this.queries = queries;
    }

    @POST
    @Idempotent
    public Uni<Response> open(@Valid @NotNull OpenBatchForm form, @Context HttpHeaders headers) {
        return batches.open(
                        form.name(),
                        form.quota(),
                        form.opensAt(),
                        form.closesAt(),
                        RequestMetadata.of(headers, "operator"))
                .map(outcome -> Response.created(URI.create("/api/v1/operator/batches/" + outcome.id()))
                        .entity(new Opened(outcome.id(), outcome.version()))
                        .build());
    }

    @GET
    @Path("/{batchId}")
    public Uni<BatchOverview> batch(@PathParam("batchId") UUID batchId) {
        return queries.batch(batchId).onItem().ifNull().failWith(() -> new NotFoundException("No batch " + batchId));
    }

    @POST
    @Path("/{batchId}/selection")
    @Idempotent
    public Uni<Selection> select(@PathParam("batchId") UUID batchId, SelectionForm form, @Context HttpHeaders headers) {
        return batches.select(batchId, form == null ? null : form.seed(), RequestMetadata.of(headers, "operator"))
                .map(outcome -> {
                    var made = (BatchEvent.SelectionMade) outcome.events().get(0);
                    return new Selection(
                            batchId, made.selected().size(), made.notSelected().size(), outcome.version());
                });
    }
}
