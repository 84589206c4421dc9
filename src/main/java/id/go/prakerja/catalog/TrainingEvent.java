package id.go.prakerja.catalog;

import id.go.prakerja.eventstore.EventType;
import java.time.Instant;
import java.util.UUID;

/** The catalog life of one training, in the stream {@code training-<id>}. */
public sealed interface TrainingEvent {

    @EventType("training-published.v1")
    record TrainingPublished(UUID trainingId, TrainingDetails details, Instant publishedAt) implements TrainingEvent {}

    @EventType("training-changed.v1")
    record TrainingChanged(TrainingDetails details, Instant changedAt) implements TrainingEvent {}

    @EventType("training-unpublished.v1")
    record TrainingUnpublished(String reason, Instant unpublishedAt) implements TrainingEvent {}
}
