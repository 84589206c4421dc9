package id.go.prakerja.incentive;

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

/** The partner's answers: PAID pays the installment once; FAILED asks the participant to fix the account. */
@ApplicationScoped
public class DisbursementResults {

    private static final Logger LOG = Logger.getLogger(DisbursementResults.class);

    private final IncentiveService incentives;
    private final ObjectMapper mapper;

    public DisbursementResults(IncentiveService incentives, ObjectMapper mapper) {
        this.incentives = incentives;
        this.mapper = mapper;
    }

    @Incoming("disbursement-results")
    public Uni<Void> receive(String payload) {
        IncentiveService.DisbursementResult result;
        try {
            result = mapper.readValue(payload, IncentiveService.DisbursementResult.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException("Unreadable disbursement result: " + e.getOriginalMessage()));
        }
        if (result == null || !result.problem().isEmpty()) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException(
                            "Incomplete disbursement result: " + (result == null ? "empty" : result.problem())));
        }
        var metadata = EventMetadata.of(
                result.disbursementId().toString(), result.disbursementId().toString(), "disbursement-partner");
        return incentives
                .recordResult(result, metadata)
                .invoke(outcome -> LOG.infof(
                        "Disbursement %s %s for participant %s: %s",
                        result.disbursementId(),
                        result.status(),
                        outcome.participantId(),
                        outcome.events().isEmpty()
                                ? "no change"
                                : outcome.state().status()))
                .replaceWithVoid()
                .onFailure(InboundMessages.AlreadyReceived.class)
                .recoverWithNull()
                .onFailure(
                        failure -> !(failure instanceof RuleViolated) && !(failure instanceof IllegalArgumentException))
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(10)
                .onFailure(RuleViolated.class)
                .transform(violated ->
                        new IllegalArgumentException("Disbursement result refused: " + violated.getMessage()));
    }
}
