package id.go.prakerja.identity;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.inbound.InboundMessages;
import id.go.prakerja.platform.inbound.PartnerMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final PartnerMessages messages;

    public IdentityVerificationResults(
            ParticipantService participants, InboundMessages inbound, PartnerMessages messages) {
        this.participants = participants;
        this.inbound = inbound;
        this.messages = messages;
    }

    @Incoming("identity-verification-results")
    public Uni<Void> receive(String payload) {
        return messages.handle(
                payload,
                IdentityVerificationResult.class,
                "registry result",
                IdentityVerificationResult::problem,
                this::record);
    }

    private Uni<ParticipantService.Outcome> record(IdentityVerificationResult result) {
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
                                : outcome.state().status()));
    }
}
