package id.go.prakerja.incentive;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.EachParticipant;
import id.go.prakerja.participant.ParticipantService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Requests every installment that is due at the injected clock's now. What is due comes from the installments
 * projection; the decider requests an installment only while it is requestable, and the disbursement id is derived
 * from participant, installment and attempt, so a second run or a second replica requests nothing twice.
 */
@ApplicationScoped
public class DisbursementJob {

    private static final Logger LOG = Logger.getLogger(DisbursementJob.class);
    private static final int PAGE = 500;

    private final Pool pool;
    private final IncentiveService incentives;
    private final ParticipantService participants;
    private final Clock clock;

    public DisbursementJob(Pool pool, IncentiveService incentives, ParticipantService participants, Clock clock) {
        this.clock = clock;
        this.pool = pool;
        this.incentives = incentives;
        this.participants = participants;
    }

    private record Due(UUID participantId, int installment) {}

    @Scheduled(
            every = "${prakerja.jobs.disbursement-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> run() {
        var metadata = EventMetadata.of(UUID.randomUUID().toString(), null, "disbursement-job");
        return pool.preparedQuery("select participant_id, installment from incentive_installments"
                        + " where status in ('SCHEDULED', 'RETRY_READY') and due_at <= $1"
                        + " order by due_at limit " + PAGE)
                .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    var due = new ArrayList<Due>();
                    rows.forEach(row -> due.add(new Due(row.getUUID("participant_id"), row.getInteger("installment"))));
                    return due;
                })
                .chain(due -> EachParticipant.run(
                        due,
                        installment ->
                                incentives.requestDue(installment.participantId(), installment.installment(), metadata),
                        "Disbursement job",
                        LOG))
                .invoke(requested -> {
                    if (requested > 0) {
                        LOG.infof("Disbursement job requested %d installment(s)", requested);
                    }
                })
                .replaceWithVoid();
    }
}
