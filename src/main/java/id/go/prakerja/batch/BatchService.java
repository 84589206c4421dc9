package id.go.prakerja.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.batch.BatchCommand.OpenBatch;
import id.go.prakerja.batch.BatchCommand.ReceiveApplication;
import id.go.prakerja.batch.BatchCommand.Select;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.participant.ParticipantCommand.JoinBatch;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.RuleViolated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Batches: opening, applications and selection. A batch stream is written by many applicants at once, so its
 * writers take the stream's lock before reading it instead of retrying on conflicts.
 */
@ApplicationScoped
public class BatchService {

    /** The batch's version after a command and the events it produced. */
    public record BatchOutcome(UUID batchId, long version, List<BatchEvent> events) {}

    public static final String CATEGORY = "batch";
    private static final Set<Profile.Occupation> PRIORITY_OCCUPATIONS = Set.of(
            Profile.Occupation.LAID_OFF,
            Profile.Occupation.MICRO_BUSINESS_OWNER,
            Profile.Occupation.SMALL_BUSINESS_OWNER);

    private final EventStore eventStore;
    private final ParticipantService participants;
    private final EventTypeRegistry<BatchEvent> types;

    public BatchService(EventStore eventStore, ParticipantService participants, ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.participants = participants;
        this.types = EventTypeRegistry.of(BatchEvent.class, mapper, List.of());
    }

    public static String streamOf(UUID batchId) {
        return StreamIds.of(CATEGORY, batchId);
    }

    public EventTypeRegistry<BatchEvent> types() {
        return types;
    }

    public Uni<BatchOutcome> open(String name, int quota, Instant opensAt, Instant closesAt, EventMetadata metadata) {
        var batchId = UUID.randomUUID();
        return participants.inTransaction(transaction -> decideAndAppend(
                transaction,
                batchId,
                state -> new OpenBatch(batchId, name, quota, opensAt, closesAt, participants.now()),
                metadata));
    }

    /** The participant joins the batch and the batch records the application, both or neither. */
    public Uni<ParticipantService.Outcome> apply(UUID participantId, UUID batchId, EventMetadata metadata) {
        return participants.inTransaction(transaction -> eventStore
                .lockStream(transaction, streamOf(batchId))
                .chain(() -> load(transaction, batchId))
                .chain(batch -> {
                    if (!batch.state().exists()) {
                        return Uni.createFrom()
                                .failure(new RuleViolated(
                                        List.of(id.go.prakerja.platform.decision.Violation.of("BATCH_NOT_FOUND"))));
                    }
                    var now = participants.now();
                    return participants
                            .decideAndAppend(
                                    transaction,
                                    participantId,
                                    state ->
                                            new JoinBatch(batchId, batch.state().acceptsApplications(now), now),
                                    metadata,
                                    List.of())
                            .call(joined -> appendDecision(
                                    transaction,
                                    batchId,
                                    batch,
                                    new ReceiveApplication(participantId, priorityGroup(joined.state()), now),
                                    metadata));
                }));
    }

    public Uni<BatchOutcome> select(UUID batchId, Long seed, EventMetadata metadata) {
        long tieBreakSeed = seed != null ? seed : batchId.getLeastSignificantBits();
        return participants.inTransaction(transaction -> eventStore
                .lockStream(transaction, streamOf(batchId))
                .chain(() -> decideAndAppend(
                        transaction, batchId, state -> new Select(tieBreakSeed, participants.now()), metadata)));
    }

    public Uni<Loaded> load(SqlClient client, UUID batchId) {
        return eventStore
                .readStream(client, streamOf(batchId), 1)
                .map(events -> new Loaded(
                        types.fold(events, BatchState.INITIAL, BatchDecider::evolve),
                        RecordedEvent.versionAfter(events)));
    }

    /** A batch's state and the version it was folded from. */
    public record Loaded(BatchState state, long version) {}

    private Uni<BatchOutcome> decideAndAppend(
            SqlConnection transaction,
            UUID batchId,
            Function<BatchState, BatchCommand> command,
            EventMetadata metadata) {
        return load(transaction, batchId)
                .chain(loaded -> appendDecision(transaction, batchId, loaded, command.apply(loaded.state()), metadata));
    }

    private Uni<BatchOutcome> appendDecision(
            SqlConnection transaction, UUID batchId, Loaded loaded, BatchCommand command, EventMetadata metadata) {
        var decision = BatchDecider.decide(command, loaded.state());
        if (decision instanceof Decision.Rejected<BatchEvent> rejected) {
            return Uni.createFrom().failure(new RuleViolated(rejected.violations()));
        }
        var events = ((Decision.Accepted<BatchEvent>) decision).events();
        if (events.isEmpty()) {
            return Uni.createFrom().item(new BatchOutcome(batchId, loaded.version(), events));
        }
        return eventStore
                .append(
                        transaction,
                        streamOf(batchId),
                        ExpectedVersion.exactly(loaded.version()),
                        events.stream().map(e -> types.toNewEvent(e, metadata)).toList(),
                        command.now())
                .map(appended -> new BatchOutcome(batchId, appended.streamVersion(), events));
    }

    private static int priorityGroup(ParticipantState participant) {
        return participant.profile() != null
                        && PRIORITY_OCCUPATIONS.contains(participant.profile().occupation())
                ? 0
                : 1;
    }
}
