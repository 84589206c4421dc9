package id.go.prakerja.grievance;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.grievance.GrievanceCommand.Assign;
import id.go.prakerja.grievance.GrievanceCommand.Cancel;
import id.go.prakerja.grievance.GrievanceCommand.Close;
import id.go.prakerja.grievance.GrievanceCommand.Escalate;
import id.go.prakerja.grievance.GrievanceCommand.File;
import id.go.prakerja.grievance.GrievanceCommand.Own;
import id.go.prakerja.grievance.GrievanceCommand.Reply;
import id.go.prakerja.grievance.GrievanceCommand.Resolve;
import id.go.prakerja.grievance.GrievanceCommand.Terms;
import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.grievance.GrievanceEvent.Replied;
import id.go.prakerja.grievance.GrievanceEvent.Resolved;
import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.participant.Installment;
import id.go.prakerja.participant.ParticipantService;
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
import id.go.prakerja.platform.security.SecurityConfig;
import id.go.prakerja.platform.security.Throttle;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Grievances, one stream each: filing, work, replies, escalation, resolution. The participant hears by e-mail of an
 * operator's reply and of the resolution, in the command's own transaction.
 */
@ApplicationScoped
public class GrievanceService {

    public static final String CATEGORY = "grievance";

    private final CommandPipelines pipelines;
    private final ParticipantService participants;
    private final CommandPipeline<GrievanceCommand, GrievanceEvent, GrievanceState> pipeline;
    private final GrievanceConfig config;
    private final Clock clock;
    private final Pool pool;
    private final Throttle throttle;
    private final SecurityConfig.Throttling limits;

    public GrievanceService(
            Pool pool,
            Throttle throttle,
            SecurityConfig security,
            CommandPipelines pipelines,
            ParticipantService participants,
            Notifications notifications,
            GrievanceConfig config,
            Clock clock) {
        this.pool = pool;
        this.throttle = throttle;
        this.limits = security.throttling();
        this.pipelines = pipelines;
        this.participants = participants;
        this.config = config;
        this.clock = clock;
        Alongside<GrievanceEvent, GrievanceState> notify = (transaction, outcome, metadata) -> {
            var participantId = outcome.state().participantId();
            if (participantId == null || outcome.events().stream().noneMatch(GrievanceService::tellsParticipant)) {
                return List.of();
            }
            return List.of(participants
                    .load(transaction, participantId)
                    .chain(participant -> notifications.request(
                            transaction,
                            List.of(NotificationRequested.email(
                                    participantId,
                                    participant.state().email(),
                                    "GRIEVANCE_UPDATED",
                                    Map.of(
                                            "grievanceId", outcome.id().toString(),
                                            "status", outcome.state().status().name()),
                                    outcome.recordedAt())),
                            metadata)));
        };
        this.pipeline = pipelines
                .create(
                        CATEGORY,
                        GrievanceEvent.class,
                        Decider.of(GrievanceState.INITIAL, GrievanceDecider::decide, GrievanceDecider::evolve),
                        notify,
                        0)
                // Anonymous reports are their own subject; a participant's complaint is erased with the participant.
                .withDataSubject((id, state) -> state.participantId() != null ? state.participantId() : id);
    }

    public EventTypeRegistry<GrievanceEvent> types() {
        return pipeline.types();
    }

    /**
     * A report by someone who did not sign in: counted against their address like a registration, so that an
     * anonymous client cannot flood the desk.
     */
    public Uni<Outcome<GrievanceEvent, GrievanceState>> report(
            String clientAddress, String category, String text, EventMetadata metadata) {
        return throttle.countAttempt(
                        clock.instant(),
                        Throttle.key("anonymous-client", clientAddress),
                        limits.anonymousRequestsPerClient())
                .chain(() -> file(null, category, text, null, null, metadata));
    }

    /** Files a grievance; {@code participantId} null for a report by someone who did not sign in. */
    public Uni<Outcome<GrievanceEvent, GrievanceState>> file(
            UUID participantId,
            String category,
            String text,
            UUID purchaseId,
            Integer installment,
            EventMetadata metadata) {
        var grievanceId = UUID.randomUUID();
        var terms = config.categories().get(category);
        var filedTerms = terms == null
                ? null
                : new Terms(
                        terms.team(),
                        Duration.ofHours(terms.serviceLevelHours()),
                        terms.sensitive(),
                        terms.anonymous());
        // What the complaint links to must be the participant's own, as their stream says now.
        var own = participantId != null && (purchaseId != null || installment != null)
                ? participants
                        .load(pool, participantId)
                        .map(loaded -> new Own(
                                loaded.state().purchases().keySet(),
                                loaded.state().installments().stream()
                                        .map(Installment::number)
                                        .collect(Collectors.toSet())))
                : Uni.createFrom().item(Own.NOTHING);
        return own.chain(owned -> pipelines.inTransaction(transaction -> pipeline.handle(
                transaction,
                grievanceId,
                new File(
                        grievanceId,
                        participantId,
                        category,
                        filedTerms,
                        text,
                        purchaseId,
                        installment,
                        owned,
                        clock.instant()),
                metadata)));
    }

    public Uni<Outcome<GrievanceEvent, GrievanceState>> assign(
            UUID grievanceId, Viewer viewer, UUID operatorId, EventMetadata metadata) {
        return execute(grievanceId, viewer, new Assign(operatorId, clock.instant()), metadata);
    }

    public Uni<Outcome<GrievanceEvent, GrievanceState>> reply(
            UUID grievanceId,
            Viewer viewer,
            Author author,
            String text,
            boolean awaitParticipant,
            EventMetadata metadata) {
        return execute(grievanceId, viewer, new Reply(author, text, awaitParticipant, clock.instant()), metadata);
    }

    public Uni<Outcome<GrievanceEvent, GrievanceState>> escalate(UUID grievanceId, EventMetadata metadata) {
        return execute(grievanceId, Viewer.SYSTEM, new Escalate(clock.instant()), metadata);
    }

    public Uni<Outcome<GrievanceEvent, GrievanceState>> resolve(
            UUID grievanceId, Viewer viewer, String resolution, EventMetadata metadata) {
        return execute(grievanceId, viewer, new Resolve(resolution, clock.instant()), metadata);
    }

    public Uni<Outcome<GrievanceEvent, GrievanceState>> close(UUID grievanceId, Viewer viewer, EventMetadata metadata) {
        return execute(grievanceId, viewer, new Close(clock.instant()), metadata);
    }

    public Uni<Outcome<GrievanceEvent, GrievanceState>> cancel(
            UUID grievanceId, Viewer viewer, EventMetadata metadata) {
        return execute(grievanceId, viewer, new Cancel(clock.instant()), metadata);
    }

    /** The grievance as {@code viewer} may see it, with its conversation; not found if they may not. */
    public Uni<Loaded<GrievanceState>> read(UUID grievanceId, Viewer viewer) {
        return pipeline.load(pool, grievanceId).map(loaded -> visible(loaded, viewer));
    }

    private Uni<Outcome<GrievanceEvent, GrievanceState>> execute(
            UUID grievanceId, Viewer viewer, GrievanceCommand command, EventMetadata metadata) {
        return pipelines.inTransaction(transaction -> pipeline.load(transaction, grievanceId)
                .map(loaded -> visible(loaded, viewer))
                .chain(loaded -> pipeline.handle(
                        transaction, grievanceId, loaded, command, metadata, Alongside.nothing(), IfMatch.ANY)));
    }

    private static Loaded<GrievanceState> visible(Loaded<GrievanceState> loaded, Viewer viewer) {
        if (!viewer.sees(loaded.state())) {
            throw new RuleViolated(List.of(Violation.of(Rule.GRIEVANCE_NOT_FOUND)));
        }
        return loaded;
    }

    private static boolean tellsParticipant(GrievanceEvent event) {
        return event instanceof Resolved || (event instanceof Replied replied && replied.author() == Author.OPERATOR);
    }
}
