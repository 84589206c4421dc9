package id.go.prakerja.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A batch as its decider sees it; once selected, {@code ranking} orders every applicant, the selected first. */
public record BatchState(
        UUID batchId,
        String name,
        int quota,
        Instant opensAt,
        Instant closesAt,
        List<Applicant> applicants,
        boolean selectionMade,
        List<UUID> ranking) {

    /** An application with what its place in the selection depends on. */
    public record Applicant(UUID participantId, int priorityGroup, Instant appliedAt) {}

    public static final BatchState INITIAL = new BatchState(null, null, 0, null, null, List.of(), false, List.of());

    public boolean exists() {
        return batchId != null;
    }

    public boolean acceptsApplications(Instant now) {
        return exists() && !selectionMade && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
