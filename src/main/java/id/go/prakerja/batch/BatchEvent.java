package id.go.prakerja.batch;

import id.go.prakerja.eventstore.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The life of one batch (gelombang), in the stream {@code batch-<id>}. */
public sealed interface BatchEvent {

    @EventType("batch-opened.v1")
    record BatchOpened(UUID batchId, String name, int quota, Instant opensAt, Instant closesAt, Instant openedAt)
            implements BatchEvent {}

    @EventType("batch-application-received.v1")
    record ApplicationReceived(UUID participantId, int priorityGroup, Instant appliedAt) implements BatchEvent {}

    @EventType("batch-selection-made.v1")
    record SelectionMade(List<UUID> selected, List<UUID> notSelected, long seed, Instant decidedAt)
            implements BatchEvent {}
}
