package id.go.prakerja.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.inbound.InboundMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Progress reports of the training platforms. Each report id takes effect once; a report that cannot be read, or
 * that names no known purchase, goes to the dead-letter topic with the reason and the partition moves on.
 */
@ApplicationScoped
public class TrainingProgressConsumer {

    private static final Logger LOG = Logger.getLogger(TrainingProgressConsumer.class);

    private final PurchaseService purchases;
    private final ObjectMapper mapper;

    public TrainingProgressConsumer(PurchaseService purchases, ObjectMapper mapper) {
        this.purchases = purchases;
        this.mapper = mapper;
    }

    @Incoming("training-progress")
    public Uni<Void> receive(String payload) {
        PurchaseService.ProgressReport report;
        try {
            report = mapper.readValue(payload, PurchaseService.ProgressReport.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException("Unreadable progress report: " + e.getOriginalMessage()));
        }
        if (report == null || !report.problem().isEmpty()) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException(
                            "Incomplete progress report: " + (report == null ? "empty" : report.problem())));
        }
        var metadata = EventMetadata.of(
                report.eventId().toString(), report.eventId().toString(), "platform:" + report.platform());
        return purchases
                .recordProgress(report, metadata)
                .invoke(outcome -> LOG.debugf(
                        "Progress %s recorded for participant %s", report.eventId(), outcome.participantId()))
                .replaceWithVoid()
                .onFailure(InboundMessages.AlreadyReceived.class)
                .recoverWithNull()
                .onFailure(TrainingProgressConsumer::isTransient)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(10)
                .onFailure(RuleViolated.class)
                .transform(
                        violated -> new IllegalArgumentException("Progress report refused: " + violated.getMessage()));
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof RuleViolated) && !(failure instanceof IllegalArgumentException);
    }
}
