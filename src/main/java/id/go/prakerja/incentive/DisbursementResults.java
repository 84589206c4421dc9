package id.go.prakerja.incentive;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.platform.inbound.PartnerMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** The partner's answers: PAID pays the installment once; FAILED asks the participant to fix the account. */
@ApplicationScoped
public class DisbursementResults {

    private static final Logger LOG = Logger.getLogger(DisbursementResults.class);

    private final IncentiveService incentives;
    private final PartnerMessages messages;

    public DisbursementResults(IncentiveService incentives, PartnerMessages messages) {
        this.incentives = incentives;
        this.messages = messages;
    }

    @Incoming("disbursement-results")
    public Uni<Void> receive(String payload) {
        return messages.handle(
                payload,
                IncentiveService.DisbursementResult.class,
                "disbursement result",
                IncentiveService.DisbursementResult::problem,
                result -> incentives
                        .recordResult(
                                result,
                                EventMetadata.of(
                                        result.disbursementId().toString(),
                                        result.disbursementId().toString(),
                                        "disbursement-partner"))
                        .invoke(outcome -> LOG.infof(
                                "Disbursement %s %s for participant %s: %s",
                                result.disbursementId(),
                                result.status(),
                                outcome.id(),
                                outcome.events().isEmpty()
                                        ? "no change"
                                        : outcome.state().status())));
    }
}
