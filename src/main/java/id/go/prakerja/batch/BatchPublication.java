package id.go.prakerja.batch;

import id.go.prakerja.batch.BatchEvent.BatchOpened;
import id.go.prakerja.batch.BatchEvent.SelectionMade;
import id.go.prakerja.eventstore.relay.Publication;
import id.go.prakerja.eventstore.relay.PublishedEvents;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * Which batch events leave the service. Applications are not published: their priority group tells whether the
 * applicant lost a job or runs a small business. Each participant learns of the selection on their own stream.
 */
@Singleton
public class BatchPublication {

    /** A batch opened for applications. */
    public record Opened(UUID batchId, String name, int quota, Instant opensAt, Instant closesAt, Instant openedAt) {}

    /** The selection of a batch, as counts: who was selected is each participant's own journey. */
    public record Selected(UUID batchId, int selected, int notSelected, Instant decidedAt) {}

    @Produces
    @Singleton
    Publication batches(BatchService batches) {
        return PublishedEvents.of(BatchService.CATEGORY, batches.types())
                .publish(
                        BatchOpened.class,
                        "prakerja.batch.opened.v1",
                        Opened.class,
                        (e, id) -> new Opened(id, e.name(), e.quota(), e.opensAt(), e.closesAt(), e.openedAt()))
                .publish(
                        SelectionMade.class,
                        "prakerja.batch.selection-made.v1",
                        Selected.class,
                        (e, id) -> new Selected(
                                id, e.selected().size(), e.notSelected().size(), e.decidedAt()));
    }
}
