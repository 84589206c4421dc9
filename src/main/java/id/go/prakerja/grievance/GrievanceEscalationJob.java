package id.go.prakerja.grievance;

import id.go.prakerja.eventstore.EventMetadata;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Escalates the open grievances that passed their service level. Which are due comes from the queue at the injected
 * clock's now; the decider checks again against the stream, so a stale row or a second replica changes nothing.
 */
@ApplicationScoped
public class GrievanceEscalationJob {

    private static final Logger LOG = Logger.getLogger(GrievanceEscalationJob.class);
    private static final int PAGE = 500;
    private static final int CONCURRENCY = 4;

    private final GrievanceQueries queries;
    private final GrievanceService grievances;

    public GrievanceEscalationJob(GrievanceQueries queries, GrievanceService grievances) {
        this.queries = queries;
        this.grievances = grievances;
    }

    @Scheduled(
            every = "${prakerja.jobs.grievance-escalation-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> run() {
        var metadata = EventMetadata.of(UUID.randomUUID().toString(), null, "grievance-escalation-job");
        return queries.dueForEscalation(PAGE)
                .chain(due -> Multi.createFrom()
                        .iterable(due)
                        .onItem()
                        .transformToUni(id -> grievances.escalate(id, metadata))
                        .merge(CONCURRENCY)
                        .filter(outcome -> !outcome.events().isEmpty())
                        .collect()
                        .asList())
                .invoke(escalated -> {
                    if (!escalated.isEmpty()) {
                        LOG.infof("%d grievances escalated past their service level", escalated.size());
                    }
                })
                .replaceWithVoid();
    }
}
