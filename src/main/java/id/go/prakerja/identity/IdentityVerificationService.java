package id.go.prakerja.identity;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.ParticipantCommand.RequestIdentityVerification;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Outcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** The participant's request to the registry; the requester subscription sends it once it is committed. */
@ApplicationScoped
public class IdentityVerificationService {

    private final ParticipantService participants;
    private final Clock clock;

    public IdentityVerificationService(ParticipantService participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> request(
            UUID participantId, String selfieReference, EventMetadata metadata, IfMatch ifMatch) {
        return participants.execute(
                participantId,
                new RequestIdentityVerification(UUID.randomUUID(), selfieReference, clock.instant()),
                metadata,
                ifMatch);
    }
}
