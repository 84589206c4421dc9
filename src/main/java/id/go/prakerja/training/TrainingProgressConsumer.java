package id.go.prakerja.training;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.platform.inbound.PartnerMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final PartnerMessages messages;

    public TrainingProgressConsumer(PurchaseService purchases, PartnerMessages messages) {
        this.purchases = purchases;
        this.messages = messages;
    }

    @Incoming("training-progress")
    public Uni<Void> receive(String payload) {
        return messages.handle(
                payload,
                PurchaseService.ProgressReport.class,
                "progress report",
                PurchaseService.ProgressReport::problem,
                report -> purchases
                        .recordProgress(
                                report,
                                EventMetadata.of(
                                        report.eventId().toString(),
                                        report.eventId().toString(),
                                        "platform:" + report.platform()))
                        .invoke(outcome ->
                                LOG.debugf("Progress %s recorded for participant %s", report.eventId(), outcome.id())));
    }
}
