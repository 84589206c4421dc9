package id.go.prakerja.catalog;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The public catalog: search and a training with its reviews. */
@Path("/api/v1/trainings")
public class CatalogResource {

    public record Review(int rating, String review, Instant reviewedAt) {}

    public record TrainingWithReviews(CatalogSearch.TrainingSummary training, List<Review> reviews) {}

    private final CatalogSearch search;
    private final Pool pool;

    public CatalogResource(CatalogSearch search, Pool pool) {
        this.search = search;
        this.pool = pool;
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
    public Uni<TrainingWithReviews> training(@PathParam("trainingId") UUID trainingId) {
        var training = pool.preparedQuery("select * from training_catalog where training_id = $1")
                .execute(Tuple.of(trainingId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new NotFoundException("No training " + trainingId);
                    }
                    return CatalogSearch.summary(rows.iterator().next());
                });
        var reviews = pool.preparedQuery("select rating, review, reviewed_at from training_reviews"
                        + " where training_id = $1 order by reviewed_at desc limit 50")
                .execute(Tuple.of(trainingId))
                .map(rows -> {
                    var list = new ArrayList<Review>();
                    rows.forEach(row -> list.add(new Review(
                            row.getInteger("rating"),
                            row.getString("review"),
                            row.getOffsetDateTime("reviewed_at").toInstant())));
                    return list;
                });
        return Uni.combine()
                .all()
                .unis(training, reviews)
                .asTuple()
                .map(both -> new TrainingWithReviews(both.getItem1(), both.getItem2()));
    }
}
