package id.go.prakerja.batch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who applied to a batch and, once it is selected, who was selected and why: the applicants in the selection's
 * order, each with what that order rests on (the priority group, then the application time; the seed's tie-break
 * only where both are equal). Read from the batch's stream, so it is the very ranking the decision made.
 */
@ApplicationScoped
public class BatchSelection {

    public record Applicant(
            @Schema(description = "Place in the selection's order, from 1; absent before the selection")
            Integer rank,

            UUID participantId,

            @Schema(description = "0: laid-off workers and micro and small business owners, taken first; 1: others")
            int priorityGroup,

            Instant appliedAt,
            boolean selected) {}

    public record View(UUID batchId, String name, int quota, boolean selectionMade, List<Applicant> applicants) {}

    private final BatchService batches;
    private final Pool pool;

    public BatchSelection(BatchService batches, Pool pool) {
        this.batches = batches;
        this.pool = pool;
    }

    /** The batch's applicants, or null when there is no such batch. */
    public Uni<View> of(UUID batchId) {
        return batches.load(pool, batchId).map(loaded -> {
            var state = loaded.state();
            if (!state.exists()) {
                return null;
            }
            var place = new HashMap<UUID, Integer>();
            for (int i = 0; i < state.ranking().size(); i++) {
                place.put(state.ranking().get(i), i + 1);
            }
            int selected = Math.min(state.quota(), state.ranking().size());
            var applicants = state.applicants().stream()
                    .map(a -> {
                        var rank = place.get(a.participantId());
                        return new Applicant(
                                rank,
                                a.participantId(),
                                a.priorityGroup(),
                                a.appliedAt(),
                                rank != null && rank <= selected);
                    })
                    .sorted(Comparator.comparing(
                                    Applicant::rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                            .thenComparingInt(Applicant::priorityGroup)
                            .thenComparing(Applicant::appliedAt))
                    .toList();
            return new View(state.batchId(), state.name(), state.quota(), state.selectionMade(), applicants);
        });
    }
}
