package id.go.prakerja.identity;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.inbound.InboundMessages;
import id.go.prakerja.platform.inbound.PartnerMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
    private final Clock clock;

    public IdentityVerificationResults(
            ParticipantService participants, InboundMessages inbound, PartnerMessages messages, Clock clock) {
        this.clock = clock;
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

    private Uni<Outcome<ParticipantEvent, ParticipantState>> record(IdentityVerificationResult result) {
        var metadata = EventMetadata.of(
                result.requestId().toString(), result.requestId().toString(), "registry");
        return participants
                .inTransaction(transaction -> participants
                        .handle(
                                transaction,
                                result.participantId(),
                                new RecordIdentityVerificationResult(
                                        result.requestId(),
                                        result.nikMatch(),
                                        result.kkMatch(),
                                        result.faceMatch(),
                                        result.reason(),
                                        clock.instant()),
                                metadata)
                        .call(() -> inbound.remember(
                                transaction, SOURCE, result.requestId().toString(), clock.instant())))
                .invoke(outcome -> LOG.infof(
                        "Registry result %s for participant %s recorded: %s",
                        result.requestId(),
                        result.participantId(),
                        outcome.events().isEmpty()
                                ? "no change"
                                : outcome.state().status()));
    }
}
