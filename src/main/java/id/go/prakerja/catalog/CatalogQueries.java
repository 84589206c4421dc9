package id.go.prakerja.catalog;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A training of the catalog with its latest reviews. */
@ApplicationScoped
public class CatalogQueries {

    public record Review(int rating, String review, Instant reviewedAt) {}

    public record TrainingWithReviews(CatalogSearch.TrainingSummary training, List<Review> reviews) {}

    private final Pool pool;

    public CatalogQueries(Pool pool) {
        this.pool = pool;
    }

    /** The training and its 50 latest reviews, read side by side; null when the catalog has no such training. */
    public Uni<TrainingWithReviews> training(UUID trainingId) {
        var training = pool.preparedQuery("select * from training_catalog where training_id = $1")
                .execute(Tuple.of(trainingId))
                .map(rows -> rows.rowCount() == 0
                        ? null
                        : CatalogSearch.summary(rows.iterator().next()));
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
                .map(both ->
                        both.getItem1() == null ? null : new TrainingWithReviews(both.getItem1(), both.getItem2()));
    }
}
