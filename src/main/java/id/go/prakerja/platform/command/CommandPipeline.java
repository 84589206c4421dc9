package id.go.prakerja.platform.command;

import com.github.benmanes.caffeine.cache.Cache;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.eventstore.personal.SubjectKey;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.RuleViolated;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The one command path of a kind of stream: load → decide → append with the expected version → the writes that go
 * with the events, all in the caller's transaction. Made by {@link CommandPipelines}; the transaction and its retry on
 * a version conflict are {@link CommandPipelines#inTransaction}'s.
 */
public final class CommandPipeline<C extends Command, E, S> {

    private static final String IN_FAILED_TRANSACTION = "25P02";

    private final String category;
    private final Decider<C, E, S> decider;
    private final EventTypeRegistry<E> types;
    private final EventStore eventStore;
    private final DataKeys dataKeys;
    private final Alongside<E, S> everyAppend;
    private final BiFunction<UUID, S, UUID> dataSubject;

    /**
     * States as committed commands left them, or null. A load starts from here and reads only the stream's later
     * events, so a state another instance moved on is brought up to date, never trusted; the expected-version append
     * still decides every race. Entries are written only once their transaction committed.
     */
    private final Cache<UUID, Loaded<S>> committedStates;

    CommandPipeline(
            String category,
            Decider<C, E, S> decider,
            EventTypeRegistry<E> types,
            EventStore eventStore,
            DataKeys dataKeys,
            Alongside<E, S> everyAppend,
            Cache<UUID, Loaded<S>> committedStates,
            BiFunction<UUID, S, UUID> dataSubject) {
        this.category = category;
        this.decider = decider;
        this.types = types;
        this.eventStore = eventStore;
        this.dataKeys = dataKeys;
        this.everyAppend = everyAppend;
        this.committedStates = committedStates;
        this.dataSubject = dataSubject;
    }

    /**
     * The same pipeline, with the personal data of its events sealed with the key of the subject {@code subject}
     * names from the stream's id and its state after the events, instead of the stream's own: a participant's
     * complaint is the participant's data, so that erasing the participant erases it too.
     */
    public CommandPipeline<C, E, S> withDataSubject(BiFunction<UUID, S, UUID> subject) {
        return new CommandPipeline<>(
                category, decider, types, eventStore, dataKeys, everyAppend, committedStates, subject);
    }

    public String streamOf(UUID id) {
        return StreamIds.of(category, id);
    }

    public EventTypeRegistry<E> types() {
        return types;
    }

    /** Whether the stream has events: read from the log, so an entity the projections have not yet seen counts. */
    public Uni<Boolean> exists(SqlClient client, UUID id) {
        return eventStore.streamVersion(client, streamOf(id)).map(version -> version > 0);
    }

    /** The stream's state now: from the remembered one on, or from its start. */
    public Uni<Loaded<S>> load(SqlClient client, UUID id) {
        var remembered = committedStates == null ? null : committedStates.getIfPresent(id);
        var from = remembered != null ? remembered : new Loaded<>(decider.initialState(), 0);
        return eventStore
                .readStream(client, streamOf(id), from.version() + 1)
                .map(events -> events.isEmpty()
                        ? from
                        : new Loaded<>(
                                types.fold(events, from.state(), decider::evolve), RecordedEvent.versionAfter(events)));
    }

    /**
     * Serialises the writers of a busy stream: taken before reading it, the read sees the latest version and the
     * append that follows cannot conflict. It must come before the transaction's first write.
     */
    public Uni<Void> lock(SqlConnection transaction, UUID id) {
        return eventStore.lockStream(transaction, streamOf(id));
    }

    public Uni<Outcome<E, S>> handle(SqlConnection transaction, UUID id, C command, EventMetadata metadata) {
        return handle(transaction, id, command, metadata, Alongside.nothing(), IfMatch.ANY);
    }

    /** Loads the stream and judges the command, only if the stream is at the version {@code ifMatch} names. */
    public Uni<Outcome<E, S>> handle(
            SqlConnection transaction,
            UUID id,
            C command,
            EventMetadata metadata,
            Alongside<E, S> alongside,
            IfMatch ifMatch) {
        return load(transaction, id)
                .chain(loaded -> handle(transaction, id, loaded, command, metadata, alongside, ifMatch));
    }

    /**
     * Judges a state the caller has loaded (after taking the stream's lock, if it takes one) and appends. With no
     * writes alongside, the append goes alone.
     */
    public Uni<Outcome<E, S>> handle(
            SqlConnection transaction,
            UUID id,
            Loaded<S> loaded,
            C command,
            EventMetadata metadata,
            Alongside<E, S> alongside,
            IfMatch ifMatch) {
        if (!ifMatch.admits(loaded.version())) {
            return Uni.createFrom().failure(new PreconditionFailed(streamOf(id), ifMatch, loaded.version()));
        }
        var decision = decider.decide(command, loaded.state());
        if (decision instanceof Decision.Rejected<E> rejected) {
            return Uni.createFrom().failure(new RuleViolated(rejected.violations()));
        }
        var events = ((Decision.Accepted<E>) decision).events();
        if (events.isEmpty()) {
            return Uni.createFrom().item(new Outcome<>(id, loaded.version(), events, loaded.state(), command.now()));
        }
        var after = decider.evolveAll(loaded.state(), events);
        // The key is read before the append is sent, so that the append stays the transaction's first write.
        var key = events.stream().anyMatch(types::hasPersonalData)
                ? dataKeys.forWriting(transaction, dataSubject.apply(id, after))
                : Uni.createFrom().<SubjectKey>nullItem();
        return key.chain(
                subjectKey -> append(transaction, id, loaded, events, after, subjectKey, command, metadata, alongside));
    }

    private Uni<Outcome<E, S>> append(
            SqlConnection transaction,
            UUID id,
            Loaded<S> loaded,
            List<E> events,
            S after,
            SubjectKey key,
            C command,
            EventMetadata metadata,
            Alongside<E, S> alongside) {
        var append = eventStore
                .append(
                        transaction,
                        streamOf(id),
                        ExpectedVersion.exactly(loaded.version()),
                        events.stream()
                                .map(e -> types.toNewEvent(e, metadata, key))
                                .toList(),
                        command.now())
                .map(appended -> new Outcome<>(id, appended.streamVersion(), events, after, command.now()))
                .invoke(outcome -> rememberOnCommit(transaction, outcome));
        var planned = new Outcome<>(id, loaded.version() + events.size(), events, after, command.now());
        var writes = everyAppend.and(alongside).writes(transaction, planned, metadata);
        if (writes.isEmpty()) {
            return append;
        }
        var all = new ArrayList<Uni<?>>();
        all.add(append);
        all.addAll(writes);
        return Uni.combine()
                .all()
                .unis(all)
                .collectFailures()
                .with(results -> {
                    @SuppressWarnings("unchecked")
                    var appended = (Outcome<E, S>) results.get(0);
                    return appended;
                })
                .onFailure(CompositeException.class)
                .transform(CommandPipeline::rootOfPipelinedFailure);
    }

    private void rememberOnCommit(SqlConnection transaction, Outcome<E, S> outcome) {
        if (committedStates == null) {
            return;
        }
        var committed = new Loaded<>(outcome.state(), outcome.version());
        transaction
                .transaction()
                .getDelegate()
                .completion()
                .onSuccess(done -> committedStates
                        .asMap()
                        .merge(
                                outcome.id(),
                                committed,
                                (known, fresh) -> fresh.version() >= known.version() ? fresh : known));
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
}
