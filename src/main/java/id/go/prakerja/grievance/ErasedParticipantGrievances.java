package id.go.prakerja.grievance;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Checkpoints;
import id.go.prakerja.eventstore.subscription.DeliveryUnavailable;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import id.go.prakerja.participant.ParticipantEvent.PersonalDataErased;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.decision.RuleViolated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Cancels the open grievances of an erased participant. Their texts went with the participant's key, and nothing
 * personal can be written for them again, so the desk could neither read nor answer them; left open, they would sit
 * in the queue as overdue forever.
 *
 * <p>The open grievances are read from the queue, so the erasure waits until the queue has read up to it: a
 * grievance filed just before the erasure is then in it. A grievance closed meanwhile is left as it is.
 */
@ApplicationScoped
public class ErasedParticipantGrievances implements LogConsumer {

    private static final Logger LOG = Logger.getLogger(ErasedParticipantGrievances.class);

    private final GrievanceQueries queries;
    private final GrievanceService grievances;
    private final Checkpoints checkpoints;
    private final String erased;

    public ErasedParticipantGrievances(
            GrievanceQueries queries,
            GrievanceService grievances,
            Checkpoints checkpoints,
            ParticipantService participants) {
        this.queries = queries;
        this.grievances = grievances;
        this.checkpoints = checkpoints;
        this.erased = participants.types().typeName(PersonalDataErased.class);
    }

    @Override
    public String name() {
        return "grievances-of-erased-participants";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(ParticipantService.CATEGORY)
                && event.type().equals(erased);
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(Set.of(erased));
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        var cancelled = Uni.createFrom().voidItem();
        for (var event : events) {
            cancelled = cancelled.chain(() -> cancelAll(event));
        }
        return cancelled;
    }

    private Uni<Void> cancelAll(RecordedEvent erasure) {
        var participantId = UUID.fromString(StreamIds.id(erasure.streamId()));
        var metadata = EventMetadata.of(
                erasure.metadata().correlationId(),
                erasure.eventId().toString(),
                erasure.metadata().actor());
        return checkpoints
                .load(GrievanceProjection.NAME)
                .invoke(queue -> {
                    if (queue.compareTo(erasure.logPosition()) < 0) {
                        throw new DeliveryUnavailable(
                                new IllegalStateException("The grievance queue has not read up to the erasure yet"));
                    }
                })
                .chain(() -> queries.openOf(participantId))
                .chain(open -> Multi.createFrom()
                        .iterable(open)
                        .onItem()
                        .transformToUniAndConcatenate(id -> grievances
                                .cancel(id, Viewer.SYSTEM, metadata)
                                .onFailure(RuleViolated.class)
                                .recoverWithNull())
                        .collect()
                        .asList()
                        .invoke(done -> {
                            if (!open.isEmpty()) {
                                LOG.infof(
                                        "%d open grievances of erased participant %s cancelled",
                                        open.size(), participantId);
                            }
                        }))
                .replaceWithVoid();
    }
}
