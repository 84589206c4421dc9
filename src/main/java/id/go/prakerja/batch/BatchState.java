package id.go.prakerja.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A batch as its decider sees it. */
public record BatchState(
        UUID batchId,
        String name,
        int quota,
        Instant opensAt,
        Instant closesAt,
        List<Applicant> applicants,
        boolean selectionMade) {

    /** An application with what its place in the selection depends on. */
    public record Applicant(UUID participantId, int priorityGroup, Instant appliedAt) {}

    public static final BatchState INITIAL = new BatchState(null, null, 0, null, null, List.of(), false);

    public boolean exists() {
        return batchId != null;
    }

    public boolean acceptsApplications(Instant now) {
        return exists() && !selectionMade && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
