package id.go.prakerja.catalog;

import io.smallrye.mutiny.Uni;
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
import java.math.BigDecimal;
import java.util.UUID;

/** The public catalog: search and a training with its reviews. */
@Path("/api/v1/trainings")
public class CatalogResource {

    private final CatalogSearch search;
    private final CatalogQueries queries;

    public CatalogResource(CatalogSearch search, CatalogQueries queries) {
        this.search = search;
        this.queries = queries;
    }

    @GET
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
    @Path("/{trainingId}")
    public Uni<CatalogQueries.TrainingWithReviews> training(@PathParam("trainingId") UUID trainingId) {
        return queries.training(trainingId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No training " + trainingId));
    }
}
