package id.go.prakerja.batch;

import id.go.prakerja.batch.BatchCommand.OpenBatch;
import id.go.prakerja.batch.BatchCommand.ReceiveApplication;
import id.go.prakerja.batch.BatchCommand.Select;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.participant.ParticipantCommand.IssueCard;
import id.go.prakerja.participant.ParticipantCommand.JoinBatch;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.platform.command.Alongside;
import id.go.prakerja.platform.command.CommandPipeline;
import id.go.prakerja.platform.command.CommandPipelines;
import id.go.prakerja.platform.command.Decider;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Loaded;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Batches: opening, applications, selection and the cards of the selected. A batch stream is written by many
 * applicants at once, so its writers take the stream's lock before reading it instead of retrying on conflicts.
 */
@ApplicationScoped
public class BatchService {

    public static final String CATEGORY = "batch";
    private static final Set<Profile.Occupation> PRIORITY_OCCUPATIONS = Set.of(
            Profile.Occupation.LAID_OFF,
            Profile.Occupation.MICRO_BUSINESS_OWNER,
            Profile.Occupation.SMALL_BUSINESS_OWNER);

    private final CommandPipelines pipelines;
    private final CommandPipeline<BatchCommand, BatchEvent, BatchState> pipeline;
    private final ParticipantService participants;
    private final Clock clock;

    public BatchService(CommandPipelines pipelines, ParticipantService participants, Clock clock) {
        this.pipelines = pipelines;
        this.pipeline = pipelines.create(
                CATEGORY, BatchEvent.class, Decider.of(BatchState.INITIAL, BatchDecider::decide, BatchDecider::evolve));
        this.participants = participants;
        this.clock = clock;
    }

    public EventTypeRegistry<BatchEvent> types() {
        return pipeline.types();
    }

    public Uni<Outcome<BatchEvent, BatchState>> open(
            String name, int quota, Instant opensAt, Instant closesAt, EventMetadata metadata) {
        var batchId = UUID.randomUUID();
        var command = new OpenBatch(batchId, name, quota, opensAt, closesAt, clock.instant());
        return pipelines.inTransaction(transaction -> pipeline.handle(transaction, batchId, command, metadata));
    }

    /** The participant joins the batch and the batch records the application, both or neither. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> apply(
            UUID participantId, UUID batchId, EventMetadata metadata, IfMatch ifMatch) {
        return pipelines.inTransaction(transaction -> pipeline.lock(transaction, batchId)
                .chain(() -> pipeline.load(transaction, batchId))
                .chain(batch -> {
                    if (!batch.state().exists()) {
                        return Uni.createFrom().failure(new RuleViolated(List.of(Violation.of(Rule.BATCH_NOT_FOUND))));
                    }
                    var now = clock.instant();
                    return participants
                            .handle(
                                    transaction,
                                    participantId,
                                    new JoinBatch(batchId, batch.state().acceptsApplications(now), now),
                                    metadata,
                                    Alongside.nothing(),
                                    ifMatch)
                            .call(joined -> pipeline.handle(
                                    transaction,
                                    batchId,
                                    batch,
                                    new ReceiveApplication(participantId, priorityGroup(joined.state()), now),
                                    metadata,
                                    Alongside.nothing(),
                                    IfMatch.ANY));
                }));
    }

    public Uni<Outcome<BatchEvent, BatchState>> select(UUID batchId, Long seed, EventMetadata metadata) {
        long tieBreakSeed = seed != null ? seed : batchId.getLeastSignificantBits();
        return pipelines.inTransaction(transaction -> pipeline.lock(transaction, batchId)
                .chain(() ->
                        pipeline.handle(transaction, batchId, new Select(tieBreakSeed, clock.instant()), metadata)));
    }

    /** Issues the card of a selected participant; a participant who already has it is left as they are. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> issueCard(
            UUID participantId, UUID batchId, EventMetadata metadata) {
        return participants.inTransaction(transaction -> transaction
                .query("select nextval('card_number_seq') as serial")
                .execute()
                .map(rows -> CardNumbers.of(rows.iterator().next().getLong("serial")))
                .chain(cardNumber -> participants.handle(
                        transaction, participantId, new IssueCard(batchId, cardNumber, clock.instant()), metadata)));
    }

    public Uni<Loaded<BatchState>> load(SqlClient client, UUID batchId) {
        return pipeline.load(client, batchId);
    }

    private static int priorityGroup(ParticipantState participant) {
        return participant.profile() != null
                        && PRIORITY_OCCUPATIONS.contains(participant.profile().occupation())
                ? 0
                : 1;
    }
}
