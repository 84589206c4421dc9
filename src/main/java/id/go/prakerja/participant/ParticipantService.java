package id.go.prakerja.participant;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.platform.command.Alongside;
import id.go.prakerja.platform.command.CommandPipeline;
import id.go.prakerja.platform.command.CommandPipelines;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Loaded;
import id.go.prakerja.platform.command.Outcome;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The participant's stream behind every capability's commands: one pipeline, whose every append carries the
 * notifications its events call for. The capabilities' services read what their commands need from outside the
 * stream, in the same transaction, and hand the command here.
 */
@ApplicationScoped
public class ParticipantService {

    public static final String CATEGORY = "participant";

    private final CommandPipelines pipelines;
    private final CommandPipeline<ParticipantCommand, ParticipantEvent, ParticipantState> pipeline;

    public ParticipantService(
            CommandPipelines pipelines,
            Notifications notifications,
            ProgramConfig program,
            JourneyConfig journey,
            Instance<ParticipantRules> rules) {
        this.pipelines = pipelines;
        Alongside<ParticipantEvent, ParticipantState> notify = (transaction, outcome, metadata) -> {
            var toNotify = ParticipantNotifications.of(outcome.state(), outcome.events(), outcome.recordedAt());
            return toNotify.isEmpty() ? List.of() : List.of(notifications.request(transaction, toNotify, metadata));
        };
        this.pipeline = pipelines.create(
                CATEGORY,
                ParticipantEvent.class,
                new ParticipantDecider(rules.stream().toList()),
                notify,
                journey.stateCacheSize());
    }

    public static String streamOf(UUID participantId) {
        return StreamIds.of(CATEGORY, participantId);
    }

    public EventTypeRegistry<ParticipantEvent> types() {
        return pipeline.types();
    }

    /** Runs a command that needs nothing beyond the participant's own stream, in a transaction of its own. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> execute(
            UUID participantId, ParticipantCommand command, EventMetadata metadata) {
        return execute(participantId, command, metadata, IfMatch.ANY);
    }

    /** As {@link #execute(UUID, ParticipantCommand, EventMetadata)}, on the version the client's If-Match names. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> execute(
            UUID participantId, ParticipantCommand command, EventMetadata metadata, IfMatch ifMatch) {
        return inTransaction(
                transaction -> handle(transaction, participantId, command, metadata, Alongside.nothing(), ifMatch));
    }

    /** Runs {@code work} in a transaction, from the start again when another writer got to a stream first. */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pipelines.inTransaction(work);
    }

    /** Serialises the participant's writers: taken before reading, the read sees every committed command. */
    public Uni<Void> lock(SqlConnection transaction, UUID participantId) {
        return pipeline.lock(transaction, participantId);
    }

    /** Fails with 404 unless the participant exists; a read that finds nothing of theirs uses it to tell the two apart. */
    public Uni<Void> requireExisting(SqlClient client, UUID participantId) {
        return pipeline.exists(client, participantId)
                .invoke(exists -> {
                    if (!exists) {
                        throw new NotFoundException("No participant " + participantId);
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Loaded<ParticipantState>> load(SqlClient client, UUID participantId) {
        return pipeline.load(client, participantId);
    }

    /** Judges and appends within the caller's transaction; the participant's append is its first write. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> handle(
            SqlConnection transaction, UUID participantId, ParticipantCommand command, EventMetadata metadata) {
        return pipeline.handle(transaction, participantId, command, metadata);
    }

    /** With the writes the events call for, judged only on the version {@code ifMatch} names. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> handle(
            SqlConnection transaction,
            UUID participantId,
            ParticipantCommand command,
            EventMetadata metadata,
            Alongside<ParticipantEvent, ParticipantState> alongside,
            IfMatch ifMatch) {
        return pipeline.handle(transaction, participantId, command, metadata, alongside, ifMatch);
    }

    /** Judges a state the caller loaded, after taking the stream's lock or alongside other reads. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> handle(
            SqlConnection transaction,
            UUID participantId,
            Loaded<ParticipantState> loaded,
            ParticipantCommand command,
            EventMetadata metadata,
            Alongside<ParticipantEvent, ParticipantState> alongside,
            IfMatch ifMatch) {
        return pipeline.handle(transaction, participantId, loaded, command, metadata, alongside, ifMatch);
    }
}
