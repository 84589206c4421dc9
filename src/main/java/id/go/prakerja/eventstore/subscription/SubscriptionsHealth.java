package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.OldestTransaction;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where each subscription stands, as details of readiness: its lag, whether it runs here, what it parked, and why a
 * rebuild stopped, and the oldest running transaction, below which the log is read (one left open stalls them all).
 * Always up: an instance whose relay waits for Kafka, or whose projection parked an event, still
 * takes commands and answers queries; pulling it from the load balancer would not help. The database's own check
 * says when the log cannot be reached.
 */
@Readiness
@ApplicationScoped
public class SubscriptionsHealth implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Subscriptions subscriptions;
    private final OldestTransaction oldestTransaction;

    public SubscriptionsHealth(Subscriptions subscriptions, OldestTransaction oldestTransaction) {
        this.subscriptions = subscriptions;
        this.oldestTransaction = oldestTransaction;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.combine()
                .all()
                .unis(subscriptions.status(), oldestTransaction.oldest())
                .asTuple()
                .ifNoItem()
                .after(TIMEOUT)
                .fail()
                .map(found -> describe(found.getItem1(), found.getItem2()))
                .onFailure()
                .recoverWithItem(failure -> HealthCheckResponse.named("Subscriptions")
                        .up()
                        .withData("unknown", "the checkpoints cannot be read: " + failure.getMessage())
                        .build());
    }

    private static HealthCheckResponse describe(
            List<Subscriptions.Status> statuses, Optional<OldestTransaction.Blocker> oldest) {
        var builder = HealthCheckResponse.named("Subscriptions").up();
        oldest.ifPresent(blocker -> builder.withData("log horizon", blocker.describe()));
        for (var status : statuses) {
            var detail = new StringBuilder()
                    .append("lag ")
                    .append(status.lag())
                    .append(status.runningHere() ? ", running here" : ", running elsewhere")
                    .append(", ")
                    .append(status.parked())
                    .append(" parked");
            if (status.stoppedReason() != null) {
                // The reason names a stream: it is for signed-in operators (GET /api/v1/operator/projections).
                detail.append(", rebuild stopped");
            }
            builder.withData(status.name(), detail.toString());
        }
        return builder.build();
    }
}
