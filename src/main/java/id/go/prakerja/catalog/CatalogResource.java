package id.go.prakerja.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalog: search and a training with its reviews. */
@Path("/api/v1/trainings")
@Tag(name = "Catalog", description = "The trainings on offer: the public catalog, and the operators who publish to it")
public class CatalogResource {

    private final CatalogSearch search;
    private final CatalogQueries queries;

    public CatalogResource(CatalogSearch search, CatalogQueries queries) {
        this.search = search;
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Search the catalog",
            description =
                    "Filters, Indonesian full-text search and sorting; nextCursor, passed back as cursor, gives the "
                            + "next page.")
    @APIResponse(
            responseCode = "200",
            description = "A page of trainings",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CatalogSearch.Page.class)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is out of range, or the cursor is not one this service gave out")
    @APIResponse(
            responseCode = "404",
            description = "A parameter is not of its type: an unknown category or sort, or a number that is not one")
    public Uni<CatalogSearch.Page> search(
            @QueryParam("category") TrainingDetails.Category category,
            @QueryParam("platform") @Size(max = 50) String platform,
            @QueryParam("provider") @Size(max = 200) String provider,
            @QueryParam("minPrice") @Min(0) Long minPrice,
            @QueryParam("maxPrice") @Min(0) Long maxPrice,
            @QueryParam("minHours") @Min(0) Integer minHours,
            @QueryParam("maxHours") @Min(0) Integer maxHours,
            @QueryParam("minRating") @DecimalMin("0") @DecimalMax("5") BigDecimal minRating,
            @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("sort") CatalogSearch.Sort sort,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        try {
            return search.search(new CatalogSearch.Criteria(
                    category, platform, provider, minPrice, maxPrice, minHours, maxHours, minRating, text, sort, cursor,
                    limit));
        } catch (CatalogSearch.InvalidCursor invalid) {
            throw new BadRequestException(invalid.getMessage());
        }
    }

    @GET
    @PermitAll
    @Path("/{trainingId}")
    @Operation(summary = "Get a training", description = "With its 50 latest reviews.")
    @APIResponse(
            responseCode = "200",
            description = "The training",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CatalogQueries.TrainingWithReviews.class)))
    @APIResponse(responseCode = "404", description = "The catalog has no training with this id")
    public Uni<CatalogQueries.TrainingWithReviews> training(@PathParam("trainingId") UUID trainingId) {
        return queries.training(trainingId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No training " + trainingId));
    }
}
