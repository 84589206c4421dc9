package id.go.prakerja.batch;

import id.go.prakerja.batch.BatchEvent.SelectionMade;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import id.go.prakerja.participant.ParticipantCommand.MarkNotSelected;
import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The process manager of selection: for each selection made, issues the card of every selected participant and
 * tells the others. It may see a selection twice after a crash; the participant decider ignores a repeat.
 */
@ApplicationScoped
public class SelectionDispatcher implements LogConsumer {

    private static final Logger LOG = Logger.getLogger(SelectionDispatcher.class);
    private static final int CONCURRENCY = 8;

    private final BatchService batches;
    private final ParticipantService participants;

    private final String selectionMade;
    private final Clock clock;

    public SelectionDispatcher(BatchService batches, ParticipantService participants, Clock clock) {
        this.clock = clock;
        this.batches = batches;
        this.participants = participants;
        this.selectionMade = batches.types().typeName(SelectionMade.class);
    }

    @Override
    public String name() {
        return "batch-selection-dispatcher";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(BatchService.CATEGORY) && event.type().equals(selectionMade);
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(Set.of(selectionMade));
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        var dispatched = Uni.createFrom().voidItem();
        for (var event : events) {
            dispatched = dispatched.chain(() -> dispatch(event));
        }
        return dispatched;
    }

    private Uni<Void> dispatch(RecordedEvent recorded) {
        var selection = (SelectionMade) batches.types().fromRecorded(recorded);
        var batchId = UUID.fromString(StreamIds.id(recorded.streamId()));
        // The cards are the selecting operator's doing: the audit trail names them, caused by the selection's event.
        var metadata = EventMetadata.of(
                recorded.metadata().correlationId(),
                recorded.eventId().toString(),
                recorded.metadata().actor());
        var selected = Multi.createFrom()
                .iterable(selection.selected())
                .onItem()
                .transformToUni(participantId -> batches.issueCard(participantId, batchId, metadata))
                .merge(CONCURRENCY);
        var notSelected = Multi.createFrom()
                .iterable(selection.notSelected())
                .onItem()
                .transformToUni(participantId ->
                        participants.execute(participantId, new MarkNotSelected(batchId, clock.instant()), metadata))
                .merge(CONCURRENCY);
        return Multi.createBy()
                .concatenating()
                .streams(selected, notSelected)
                .collect()
                .asList()
                .invoke(outcomes -> LOG.infof(
                        "Batch %s: %d cards issued, %d applicants not selected",
                        batchId,
                        selection.selected().size(),
                        selection.notSelected().size()))
                .replaceWithVoid();
    }
}
