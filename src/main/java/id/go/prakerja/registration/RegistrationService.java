package id.go.prakerja.registration;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.participant.ParticipantCommand.VerifyEmail;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantNotifications;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens a participant's account: the e-mail address is reserved in the same transaction as the registration, so two
 * accounts can never share one; the verification token leaves only in the e-mail, the stream keeps its digest.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final ParticipantService participants;
    private final Notifications notifications;
    private final Secrets secrets;
    private final Clock clock;

    public RegistrationService(
            ParticipantService participants, Notifications notifications, Secrets secrets, Clock clock) {
        this.participants = participants;
        this.notifications = notifications;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> register(
            String email, String password, EventMetadata metadata) {
        var normalisedEmail = email.trim().toLowerCase(Locale.ROOT);
        var participantId = UUID.randomUUID();
        var token = secrets.newToken();
        return secrets.hashPassword(password)
                .chain(passwordHash -> participants.inTransaction(transaction -> {
                    var now = clock.instant();
                    var verification =
                            ParticipantNotifications.emailVerification(participantId, normalisedEmail, token, now);
                    return participants.handle(
                            transaction,
                            participantId,
                            new Register(participantId, normalisedEmail, passwordHash, Secrets.digest(token), now),
                            metadata,
                            (tx, outcome, md) -> List.of(
                                    notifications.request(tx, List.of(verification), md),
                                    tx.preparedQuery("insert into participant_emails (email, participant_id)"
                                                    + " values ($1, $2)")
                                            .execute(Tuple.of(normalisedEmail, participantId))),
                            IfMatch.ANY);
                }))
                .onFailure(RegistrationService::isEmailTaken)
                .transform(failure -> new RuleViolated(List.of(Violation.of(Rule.EMAIL_TAKEN))))
                .invoke(outcome -> LOG.infof("Participant %s registered", participantId));
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> verifyEmail(
            UUID participantId, String token, EventMetadata metadata, IfMatch ifMatch) {
        return participants.execute(
                participantId, new VerifyEmail(Secrets.digest(token), clock.instant()), metadata, ifMatch);
    }

    private static boolean isEmailTaken(Throwable failure) {
        return failure instanceof PgException pg
                && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && "participant_emails_pkey".equals(pg.getConstraint());
    }
}
