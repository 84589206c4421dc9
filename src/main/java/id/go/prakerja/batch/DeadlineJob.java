package id.go.prakerja.batch;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.EachParticipant;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.RemindPurchaseDeadline;
import id.go.prakerja.participant.ParticipantCommand.RevokeUnusedCard;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ProgramConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reminds participants whose first purchase is due soon and revokes the cards whose purchase deadline passed
 * unused. What is due comes from the overview projection at the injected clock's now; the decider checks it again
 * against the stream, so a stale row or a second replica running the job at the same time changes nothing.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);
    private static final int PAGE = 500;

    private final Pool pool;
    private final ParticipantService participants;
    private final ProgramConfig program;
    private final Clock clock;

    public DeadlineJob(Pool pool, ParticipantService participants, ProgramConfig program, Clock clock) {
        this.clock = clock;
        this.pool = pool;
        this.participants = participants;
        this.program = program;
    }

    @Scheduled(
            every = "${prakerja.jobs.deadline-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> run() {
        var now = clock.instant();
        var metadata = EventMetadata.of(UUID.randomUUID().toString(), null, "deadline-job");
        var reminderHorizon = now.plus(program.scheme().deadlineReminderBefore());
        return due(
                        "select participant_id from participant_overview where status = 'CARD_ISSUED'"
                                + " and not reminder_sent and purchase_deadline <= $1 limit " + PAGE,
                        reminderHorizon)
                .chain(reminders -> apply(reminders, id -> new RemindPurchaseDeadline(clock.instant()), metadata)
                        .invoke(count -> log("reminded", count)))
                .chain(() -> due(
                        "select participant_id from participant_overview where status = 'CARD_ISSUED'"
                                + " and purchase_deadline <= $1 limit " + PAGE,
                        now))
                .chain(revocations -> apply(revocations, id -> new RevokeUnusedCard(clock.instant()), metadata)
                        .invoke(count -> log("revoked", count)))
                .replaceWithVoid();
    }

    private Uni<List<UUID>> due(String query, java.time.Instant at) {
        return pool.preparedQuery(query)
                .execute(Tuple.of(at.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    var ids = new ArrayList<UUID>();
                    rows.forEach(row -> ids.add(row.getUUID("participant_id")));
                    return ids;
                });
    }

    private Uni<Integer> apply(
            List<UUID> participantIds,
            java.util.function.Function<UUID, ParticipantCommand> command,
            EventMetadata metadata) {
        return EachParticipant.run(
                participantIds, id -> participants.execute(id, command.apply(id), metadata), "Deadline job", LOG);
    }

    private static void log(String what, int count) {
        if (count > 0) {
            LOG.infof("Deadline job %s %d card(s)", what, count);
        }
    }
}
