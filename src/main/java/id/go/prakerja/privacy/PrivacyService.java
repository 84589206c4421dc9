package id.go.prakerja.privacy;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.participant.ParticipantCommand.AcceptPrivacyNotice;
import id.go.prakerja.participant.ParticipantCommand.ConfirmErasure;
import id.go.prakerja.participant.ParticipantCommand.DeclineErasure;
import id.go.prakerja.participant.ParticipantCommand.RequestErasure;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.PersonalDataErased;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.security.Sessions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Consent to the privacy notice, the participant's copy of their data, and erasure by destroying their key. */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);

    private final ParticipantService participants;
    private final EventStore eventStore;
    private final DataKeys dataKeys;
    private final PrivacyNotice notice;
    private final Sessions sessions;
    private final Pool pool;
    private final Clock clock;

    public PrivacyService(
            ParticipantService participants,
            EventStore eventStore,
            DataKeys dataKeys,
            PrivacyNotice notice,
            Sessions sessions,
            Pool pool,
            Clock clock) {
        this.participants = participants;
        this.eventStore = eventStore;
        this.dataKeys = dataKeys;
        this.notice = notice;
        this.sessions = sessions;
        this.pool = pool;
        this.clock = clock;
    }

    /** Whether the participant accepted the notice in force; a participant who has not is asked at sign-in. */
    public boolean acceptedCurrentNotice(String acceptedVersion) {
        return notice.isCurrent(acceptedVersion);
    }

    /** Records the participant's acceptance of {@code version}, which must be the notice in force. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> accept(
            UUID participantId, String version, EventMetadata metadata) {
        if (!acceptedCurrentNotice(version)) {
            return Uni.createFrom().failure(new RuleViolated(List.of(Violation.of(Rule.PRIVACY_NOTICE_OUTDATED))));
        }
        return participants.execute(participantId, new AcceptPrivacyNotice(version, clock.instant()), metadata);
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> requestErasure(
            UUID participantId, EventMetadata metadata, IfMatch ifMatch) {
        return participants.execute(participantId, new RequestErasure(clock.instant()), metadata, ifMatch);
    }

    /**
     * Erases: the event and the destruction of the participant's data key commit together, and the e-mail's
     * reservation and the participant's sessions go with them, so the address is free again. The NIK's reservation
     * stays: one participation per NIK, ever.
     */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> erase(
            UUID participantId, String reason, EventMetadata metadata) {
        return participants
                .inTransaction(transaction -> participants.handle(
                        transaction,
                        participantId,
                        new ConfirmErasure(reason, clock.instant()),
                        metadata,
                        (tx, outcome, md) -> outcome.has(PersonalDataErased.class)
                                ? List.of(
                                        dataKeys.destroy(tx, participantId),
                                        sessions.revokeAll(tx, participantId, outcome.recordedAt()),
                                        tx.preparedQuery("delete from participant_email_digests"
                                                        + " where participant_id = $1")
                                                .execute(Tuple.of(participantId)))
                                : List.of(),
                        IfMatch.ANY))
                .invoke(outcome -> LOG.infof("Personal data of participant %s erased", participantId));
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> declineErasure(
            UUID participantId, String reason, EventMetadata metadata) {
        return participants.execute(participantId, new DeclineErasure(reason, clock.instant()), metadata);
    }

    /** Everything the participant's stream holds about them, decrypted; empty when there is no such participant. */
    public Uni<Optional<PersonalDataExport>> export(UUID participantId) {
        var types = participants.types();
        return eventStore
                .readStream(pool, ParticipantService.streamOf(participantId), 1)
                .map(events -> events.isEmpty()
                        ? Optional.empty()
                        : Optional.of(PersonalDataExport.of(participantId, types, events)));
    }
}
