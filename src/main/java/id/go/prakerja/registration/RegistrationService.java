package id.go.prakerja.registration;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.personal.DataKeys;
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
import id.go.prakerja.platform.privacy.LookupDigests;
import id.go.prakerja.platform.security.PasswordPolicy;
import id.go.prakerja.platform.security.Secrets;
import id.go.prakerja.platform.security.SecurityConfig;
import id.go.prakerja.platform.security.Throttle;
import id.go.prakerja.privacy.PrivacyNotice;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final PasswordPolicy passwords;
    private final Throttle throttle;
    private final SecurityConfig.Throttling limits;
    private final DataKeys dataKeys;
    private final LookupDigests digests;
    private final PrivacyNotice notice;
    private final Clock clock;

    public RegistrationService(
            ParticipantService participants,
            Notifications notifications,
            Secrets secrets,
            PasswordPolicy passwords,
            Throttle throttle,
            SecurityConfig security,
            DataKeys dataKeys,
            LookupDigests digests,
            PrivacyNotice notice,
            Clock clock) {
        this.participants = participants;
        this.notifications = notifications;
        this.secrets = secrets;
        this.passwords = passwords;
        this.throttle = throttle;
        this.limits = security.throttling();
        this.dataKeys = dataKeys;
        this.digests = digests;
        this.notice = notice;
        this.clock = clock;
    }

    /**
     * Counts the registration against the client's address before bcrypt spends a core on it, so that a flood of
     * anonymous registrations is answered 429 instead of slowing everyone down.
     */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> register(
            String email, String password, String acceptedNotice, String clientAddress, EventMetadata metadata) {
        var violations = new ArrayList<>(passwords.check(password));
        if (!notice.isCurrent(acceptedNotice)) {
            violations.add(Violation.of(Rule.PRIVACY_NOTICE_OUTDATED));
        }
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new RuleViolated(violations));
        }
        var normalisedEmail = LookupDigests.normalisedEmail(email);
        var participantId = UUID.randomUUID();
        var token = secrets.newToken();
        var asked = clock.instant();
        var clientKey = Throttle.key("anonymous-client", clientAddress);
        return throttle.countAttempt(asked, clientKey, limits.anonymousRequestsPerClient())
                .chain(() -> secrets.hashPassword(password))
                // The participant's key exists before the transaction that seals the first personal data with it.
                .call(() -> dataKeys.create(participantId))
                .chain(passwordHash -> participants.inTransaction(transaction -> {
                    var now = clock.instant();
                    var verification =
                            ParticipantNotifications.emailVerification(participantId, normalisedEmail, token, now);
                    return participants.handle(
                            transaction,
                            participantId,
                            new Register(
                                    participantId,
                                    normalisedEmail,
                                    passwordHash,
                                    Secrets.digest(token),
                                    acceptedNotice,
                                    now),
                            metadata,
                            (tx, outcome, md) -> List.of(
                                    notifications.request(tx, List.of(verification), md),
                                    tx.preparedQuery("insert into participant_email_digests (digest, participant_id)"
                                                    + " values ($1, $2)")
                                            .execute(Tuple.of(digests.email(normalisedEmail), participantId))),
                            IfMatch.ANY);
                }))
                .onFailure(RegistrationService::isEmailTaken)
                .transform(failure -> new RuleViolated(List.of(Violation.of(Rule.EMAIL_TAKEN))))
                .invoke(outcome -> LOG.infof("Participant %s registered", participantId));
    }

    /** Wrong codes count against the participant and the client, so that a code cannot be found by trying. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> verifyEmail(
            UUID participantId, String token, String clientAddress, EventMetadata metadata, IfMatch ifMatch) {
        var now = clock.instant();
        var accountKey = Throttle.key("code-account", participantId.toString());
        var clientKey = Throttle.key("code-client", clientAddress);
        return throttle.guard(
                now,
                accountKey,
                limits.codesPerAccount(),
                "participant " + participantId,
                clientKey,
                limits.codesPerClient(),
                () -> participants.execute(
                        participantId, new VerifyEmail(Secrets.digest(token), now), metadata, ifMatch),
                RegistrationService::isWrongCode);
    }

    private static boolean isWrongCode(Throwable failure) {
        return failure instanceof RuleViolated violated
                && violated.violations().stream().anyMatch(v -> v.rule() == Rule.EMAIL_TOKEN_INVALID);
    }

    private static boolean isEmailTaken(Throwable failure) {
        return failure instanceof PgException pg
                && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && "participant_email_digests_pkey".equals(pg.getConstraint());
    }
}
