package id.go.prakerja.participant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.prakerja.batch.CardNumbers;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.participant.ParticipantCommand.CompleteProfile;
import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.registration.Secrets;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The application service of the participant journey: loads a participant's stream, lets the decider judge a
 * command, and appends the outcome with the notifications it causes and any uniqueness reservations, all in one
 * transaction.
 */
@ApplicationScoped
public class ParticipantService {

    /** The result of a command: the stream's version after it, and the events it produced. */
    public record Outcome(UUID participantId, long version, List<ParticipantEvent> events, ParticipantState state) {}

    /** A participant's current state and the version it was folded from. */
    public record Loaded(ParticipantState state, long version) {}

    public static final String CATEGORY = "participant";
    private static final Logger LOG = Logger.getLogger(ParticipantService.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String IN_FAILED_TRANSACTION = "25P02";

    /** For a command that writes nothing beyond its events and notifications. */
    public static final Function<List<ParticipantEvent>, Uni<Void>> NO_OTHER_WRITES =
            events -> Uni.createFrom().voidItem();

    private final EventStore eventStore;
    private final Pool pool;
    private final Notifications notifications;
    private final Secrets secrets;
    private final Clock clock;
    private final ParticipantDecider decider;
    private final EventTypeRegistry<ParticipantEvent> types;

    /**
     * States as committed commands left them. A load starts from here and reads only the stream's later events, so a
     * state another instance moved on is brought up to date, never trusted; the expected-version append still decides
     * every race. Entries are only ever written after a commit, so a rolled-back command leaves nothing behind.
     */
    private final Cache<UUID, Loaded> committedStates;

    public ParticipantService(
            EventStore eventStore,
            Pool pool,
            Notifications notifications,
            Secrets secrets,
            Clock clock,
            ProgramConfig program,
            JourneyConfig journey,
            ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.pool = pool;
        this.notifications = notifications;
        this.secrets = secrets;
        this.clock = clock;
        this.decider = new ParticipantDecider(program.rules());
        this.types = EventTypeRegistry.of(ParticipantEvent.class, mapper, List.of());
        this.committedStates =
                Caffeine.newBuilder().maximumSize(journey.stateCacheSize()).build();
    }

    public static String streamOf(UUID participantId) {
        return StreamIds.of(CATEGORY, participantId);
    }

    public EventTypeRegistry<ParticipantEvent> types() {
        return types;
    }

    public Uni<Outcome> register(String email, String password, EventMetadata metadata) {
        var normalisedEmail = email.trim().toLowerCase(Locale.ROOT);
        var participantId = UUID.randomUUID();
        var token = secrets.newToken();
        return secrets.hashPassword(password)
                .chain(passwordHash -> pool.withTransaction(transaction -> decideAndAppend(
                                transaction,
                                participantId,
                                state -> new Register(
                                        participantId, normalisedEmail, passwordHash, Secrets.digest(token), now()),
                                metadata,
                                List.of(ParticipantNotifications.emailVerification(
                                        participantId, normalisedEmail, token, now())))
                        .call(() -> transaction
                                .preparedQuery("insert into participant_emails (email, participant_id) values ($1, $2)")
                                .execute(Tuple.of(normalisedEmail, participantId)))))
                .onFailure(failure -> isUniqueViolation(failure, "participant_emails_pkey"))
                .transform(failure ->
                        new RuleViolated(List.of(id.go.prakerja.platform.decision.Violation.of("EMAIL_TAKEN"))))
                .invoke(outcome -> LOG.infof("Participant %s registered", participantId));
    }

    /**
     * Completes the profile. The NIK and family-card facts are read under advisory locks on the NIK and the KK, so
     * two participants with the same NIK or KK are judged one after the other, never side by side.
     */
    public Uni<Outcome> completeProfile(UUID participantId, Profile profile, EventMetadata metadata) {
        return inTransaction(transaction -> transaction
                .preparedQuery("select pg_advisory_xact_lock(hashtextextended('nik:' || $1, 0)),"
                        + " pg_advisory_xact_lock(hashtextextended('kk:' || $2, 0))")
                .execute(Tuple.of(profile.nik(), profile.kkNumber()))
                .chain(() -> transaction
                        .preparedQuery(
                                "select exists(select 1 from participant_niks where nik = $1 and participant_id <> $3)"
                                        + " as nik_taken, (select count(*) from family_card_members where kk_number = $2"
                                        + " and participant_id <> $3) as members")
                        .execute(Tuple.of(profile.nik(), profile.kkNumber(), participantId)))
                .map(rows -> rows.iterator().next())
                .chain(facts -> decideAndAppend(
                        transaction,
                        participantId,
                        state -> new CompleteProfile(
                                profile,
                                facts.getBoolean("nik_taken"),
                                facts.getLong("members").intValue(),
                                now()),
                        metadata,
                        List.of()))
                .call(outcome -> outcome.events().stream().anyMatch(ProfileCompleted.class::isInstance)
                        ? reserveIdentity(transaction, participantId, profile)
                        : Uni.createFrom().voidItem()));
    }

    /** Issues the card of a selected participant; a participant who already has it is left as they are. */
    public Uni<Outcome> issueCard(UUID participantId, UUID batchId, EventMetadata metadata) {
        return inTransaction(transaction -> transaction
                .query("select nextval('card_number_seq') as serial")
                .execute()
                .map(rows -> CardNumbers.of(rows.iterator().next().getLong("serial")))
                .chain(cardNumber -> decideAndAppend(
                        transaction,
                        participantId,
                        state -> new ParticipantCommand.IssueCard(batchId, cardNumber, now()),
                        metadata,
                        List.of())));
    }

    /** Runs a command that needs nothing beyond the participant's own stream. */
    public Uni<Outcome> execute(
            UUID participantId, Function<ParticipantState, ParticipantCommand> command, EventMetadata metadata) {
        return inTransaction(transaction -> decideAndAppend(transaction, participantId, command, metadata, List.of()));
    }

    /**
     * Runs {@code work} in a transaction, again on a fresh state when another writer got to the stream first: the
     * decision is simply taken again on what is there now. A participant's state an {@link Outcome} carries is
     * remembered once the transaction has committed.
     */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return Uni.createFrom()
                .deferred(() -> pool.withTransaction(work))
                .onFailure(WrongExpectedVersion.class)
                .retry()
                .withBackOff(Duration.ofMillis(5), Duration.ofMillis(200))
                .withJitter(0.5)
                .atMost(10)
                .invoke(this::rememberCommitted);
    }

    /** The participant's state now: from the remembered one on, or from the start of the stream. */
    public Uni<Loaded> load(SqlClient client, UUID participantId) {
        var remembered = committedStates.getIfPresent(participantId);
        var from = remembered != null ? remembered : new Loaded(ParticipantState.INITIAL, 0);
        return eventStore
                .readStream(client, streamOf(participantId), from.version() + 1)
                .map(events -> events.isEmpty()
                        ? from
                        : new Loaded(
                                types.fold(events, from.state(), ParticipantDecider::evolve),
                                RecordedEvent.versionAfter(events)));
    }

    private void rememberCommitted(Object result) {
        if (result instanceof Outcome outcome) {
            committedStates
                    .asMap()
                    .merge(
                            outcome.participantId(),
                            new Loaded(outcome.state(), outcome.version()),
                            (known, committed) -> committed.version() >= known.version() ? committed : known);
        }
    }

    /** Judges and appends within the caller's transaction; the participant's append is its first write. */
    public Uni<Outcome> decideAndAppend(
            SqlConnection transaction,
            UUID participantId,
            Function<ParticipantState, ParticipantCommand> command,
            EventMetadata metadata,
            List<NotificationRequested> extraNotifications) {
        return load(transaction, participantId)
                .chain(loaded -> decideAndAppend(
                        transaction, participantId, loaded, command, metadata, extraNotifications, NO_OTHER_WRITES));
    }

    /**
     * Judges a state the caller has loaded (after taking the stream's lock, if it takes one) and appends. {@code
     * alongside} gives the other writes that the decided events call for. They and the notifications are sent with
     * the append without waiting for it, so that all of them take one round trip; they come after it in the
     * transaction, so it is still its first write. With {@link #NO_OTHER_WRITES} and nothing to notify, the append
     * goes alone.
     */
    public Uni<Outcome> decideAndAppend(
            SqlConnection transaction,
            UUID participantId,
            Loaded loaded,
            Function<ParticipantState, ParticipantCommand> command,
            EventMetadata metadata,
            List<NotificationRequested> extraNotifications,
            Function<List<ParticipantEvent>, Uni<Void>> alongside) {
        var decided = command.apply(loaded.state());
        var decision = decider.decide(decided, loaded.state());
        if (decision instanceof Decision.Rejected<ParticipantEvent> rejected) {
            return Uni.createFrom().failure(new RuleViolated(rejected.violations()));
        }
        var events = ((Decision.Accepted<ParticipantEvent>) decision).events();
        if (events.isEmpty()) {
            return Uni.createFrom().item(new Outcome(participantId, loaded.version(), events, loaded.state()));
        }
        var after = evolveAll(loaded.state(), events);
        var toNotify = new ArrayList<>(extraNotifications);
        toNotify.addAll(ParticipantNotifications.of(after, events, decided.now()));
        var append = eventStore
                .append(
                        transaction,
                        streamOf(participantId),
                        ExpectedVersion.exactly(loaded.version()),
                        events.stream().map(e -> types.toNewEvent(e, metadata)).toList(),
                        decided.now())
                .map(appended -> new Outcome(participantId, appended.streamVersion(), events, after));
        if (toNotify.isEmpty() && alongside == NO_OTHER_WRITES) {
            return append;
        }
        return Uni.combine()
                .all()
                .unis(append, notifications.request(transaction, toNotify, metadata), alongside.apply(events))
                .collectFailures()
                .with((outcome, notified, written) -> outcome)
                .onFailure(CompositeException.class)
                .transform(ParticipantService::rootOfPipelinedFailure);
    }

    /**
     * Once a statement fails, PostgreSQL refuses the rest of the transaction's pipeline as "in failed SQL
     * transaction": the failure that matters, such as the append's version conflict that sets off a retry, is the
     * other one.
     */
    private static Throwable rootOfPipelinedFailure(Throwable failure) {
        var causes = ((CompositeException) failure).getCauses();
        return causes.stream()
                .filter(cause -> !(cause instanceof PgException pg && IN_FAILED_TRANSACTION.equals(pg.getSqlState())))
                .findFirst()
                .orElse(causes.get(0));
    }

    public Instant now() {
        return clock.instant();
    }

    private Uni<Void> reserveIdentity(SqlConnection transaction, UUID participantId, Profile profile) {
        return transaction
                .preparedQuery("insert into participant_niks (nik, participant_id) values ($1, $2)")
                .execute(Tuple.of(profile.nik(), participantId))
                .chain(() -> transaction
                        .preparedQuery("insert into family_card_members (kk_number, participant_id) values ($1, $2)"
                                + " on conflict do nothing")
                        .execute(Tuple.of(profile.kkNumber(), participantId)))
                .replaceWithVoid();
    }

    private static ParticipantState evolveAll(ParticipantState state, List<ParticipantEvent> events) {
        var evolved = state;
        for (var event : events) {
            evolved = ParticipantDecider.evolve(evolved, event);
        }
        return evolved;
    }

    private static boolean isUniqueViolation(Throwable failure, String constraint) {
        return failure instanceof PgException pg
                && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && constraint.equals(pg.getConstraint());
    }
}
