package id.go.prakerja.batch;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads of the batch overview. */
@ApplicationScoped
public class BatchQueries {

    /** The batch as operators see it; null when there is none. */
    @WithSession
    public Uni<BatchOverview> batch(UUID batchId) {
        return BatchOverview.findById(batchId);
    }

    /** The batches, the latest to open first. */
    @WithSession
    public Uni<List<BatchOverview>> latest(int limit) {
        return BatchOverview.<BatchOverview>find("order by opensAt desc, batchId")
                .page(0, limit)
                .list();
    }
}
