package id.go.prakerja.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.journey.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.journey.ParticipantService;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.inbound.InboundMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns the registry's answers into commands on the participant's journey, once per request id. A record that
 * cannot be read is refused, and the connector's dead-letter strategy moves it aside with the reason.
 */
@ApplicationScoped
public class IdentityVerificationResults {

    static final String SOURCE = "identity-verification-results";
    private static final Logger LOG = Logger.getLogger(IdentityVerificationResults.class);

    private final ParticipantService participants;
    private final InboundMessages inbound;
    private final ObjectMapper mapper;

    public IdentityVerificationResults(ParticipantService participants, InboundMessages inbound, ObjectMapper mapper) {
        this.participants = participants;
        this.inbound = inbound;
        this.mapper = mapper;
    }

    /** A failure of the database or the network, worth retrying; a broken rule or record is not. */
    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof RuleViolated) && !(failure instanceof IllegalArgumentException);
    }

    @Incoming("identity-verification-results")
    public Uni<Void> receive(String payload) {
        IdentityVerificationResult result;
        try {
            result = mapper.readValue(payload, IdentityVerificationResult.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException("Unreadable registry result: " + e.getOriginalMessage()));
        }
        if (!result.complete()) {
            return Uni.createFrom().failure(new IllegalArgumentException("Registry result misses required fields"));
        }
        var metadata = EventMetadata.of(
                result.requestId().toString(), result.requestId().toString(), "registry");
        return participants
                .inTransaction(transaction -> participants
                        .decideAndAppend(
                                transaction,
                                result.participantId(),
                                state -> new RecordIdentityVerificationResult(
                                        result.requestId(),
                                        result.nikMatch(),
                                        result.kkMatch(),
                                        result.faceMatch(),
                                        result.reason(),
                                        participants.now()),
                                metadata,
                                List.of())
                        .call(() -> inbound.remember(
                                transaction, SOURCE, result.requestId().toString(), participants.now())))
                .invoke(outcome -> LOG.infof(
                        "Registry result %s for participant %s recorded: %s",
                        result.requestId(),
                        result.participantId(),
                        outcome.events().isEmpty()
                                ? "no change"
                                : outcome.state().status()))
                .onFailure(InboundMessages.AlreadyReceived.class)
                .recoverWithItem(() -> null)
                .onFailure(IdentityVerificationResults::isTransient)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(10)
                .replaceWithVoid();
    }
}
