package id.go.prakerja.access;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.operator.OperatorService;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.command.Alongside;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.privacy.LookupDigests;
import id.go.prakerja.platform.security.AccountCode;
import id.go.prakerja.platform.security.PasswordPolicy;
import id.go.prakerja.platform.security.Secrets;
import id.go.prakerja.platform.security.SecurityConfig;
import id.go.prakerja.platform.security.Sessions;
import id.go.prakerja.platform.security.Throttle;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Forgotten passwords and operators' invitations: a code goes out by e-mail, and the code sets a new password and
 * ends every session of the account. Asking never tells whether an address has an account.
 */
@ApplicationScoped
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);

    private final Accounts accounts;
    private final ParticipantService participants;
    private final OperatorService operators;
    private final Notifications notifications;
    private final Sessions sessions;
    private final Secrets secrets;
    private final PasswordPolicy policy;
    private final Throttle throttle;
    private final SecurityConfig.Throttling limits;
    private final Clock clock;

    PasswordResetService(
            Accounts accounts,
            ParticipantService participants,
            OperatorService operators,
            Notifications notifications,
            Sessions sessions,
            Secrets secrets,
            PasswordPolicy policy,
            Throttle throttle,
            SecurityConfig security,
            Clock clock) {
        this.accounts = accounts;
        this.participants = participants;
        this.operators = operators;
        this.notifications = notifications;
        this.sessions = sessions;
        this.secrets = secrets;
        this.policy = policy;
        this.throttle = throttle;
        this.limits = security.throttling();
        this.clock = clock;
    }

    /**
     * Counts the request against the client, then e-mails a code to the account with {@code email}, if there is one,
     * after the answer has gone: how long the answer takes does not tell either.
     */
    public Uni<Void> request(String email, String clientAddress, EventMetadata metadata) {
        var now = clock.instant();
        var clientKey = Throttle.key("anonymous-client", clientAddress);
        var normalised = LookupDigests.normalisedEmail(email);
        return throttle.countAttempt(now, clientKey, limits.anonymousRequestsPerClient())
                .invoke(() -> issue(normalised, metadata)
                        .subscribe()
                        .with(
                                issued -> {},
                                failure -> LOG.warnf("A password reset could not be issued: %s", failure.toString())));
    }

    /** Sets the password {@code code} allows, if the policy takes it; every session of the account ends. */
    public Uni<Void> confirm(String codeValue, String newPassword, String clientAddress, EventMetadata metadata) {
        var violations = policy.check(newPassword);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new RuleViolated(violations));
        }
        var code = AccountCode.parse(codeValue);
        var now = clock.instant();
        var clientKey = Throttle.key("code-client", clientAddress);
        if (code.isEmpty()) {
            return throttle.countAttempt(now, clientKey, limits.codesPerClient())
                    .chain(() -> Uni.createFrom()
                            .failure(new RuleViolated(List.of(Violation.of(Rule.RESET_TOKEN_INVALID)))));
        }
        var accountKey = Throttle.key("code-account", code.get().accountId().toString());
        return throttle.guard(
                        now,
                        accountKey,
                        limits.codesPerAccount(),
                        "account " + code.get().accountId(),
                        clientKey,
                        limits.codesPerClient(),
                        () -> secrets.hashPassword(newPassword).chain(hash -> set(code.get(), hash, metadata)),
                        RuleViolated.class::isInstance)
                .invoke(() ->
                        LOG.infof("Account %s set a new password", code.get().accountId()));
    }

    private Uni<Void> set(AccountCode code, String hash, EventMetadata metadata) {
        var changed = code.kind() == AccountCode.Kind.OPERATOR
                ? operators.setPassword(code, hash, metadata).replaceWithVoid()
                : participants
                        .inTransaction(transaction -> participants.handle(
                                transaction,
                                code.accountId(),
                                new ParticipantCommand.ChangePassword(code.digest(), hash, clock.instant()),
                                metadata,
                                (tx, outcome, md) ->
                                        List.of(sessions.revokeAll(tx, code.accountId(), outcome.recordedAt())),
                                IfMatch.ANY))
                        .replaceWithVoid();
        return changed.onFailure(RuleViolated.class).transform(PasswordResetService::unknownAccountIsAWrongCode);
    }

    private Uni<Void> issue(String email, EventMetadata metadata) {
        return operators
                .findByEmail(email)
                .chain(operator -> operator.filter(found -> !found.disabled())
                        .map(found ->
                                operators.issuePasswordReset(found, metadata).replaceWithVoid())
                        .orElse(Uni.createFrom().voidItem()))
                .chain(() -> accounts.participantState(email))
                .chain(participant -> participant
                        .map(found -> issue(found, metadata))
                        .orElse(Uni.createFrom().voidItem()));
    }

    private Uni<Void> issue(ParticipantState participant, EventMetadata metadata) {
        var code = new AccountCode(AccountCode.Kind.PARTICIPANT, participant.participantId(), secrets.newToken());
        Alongside<id.go.prakerja.participant.ParticipantEvent, ParticipantState> mail =
                (transaction, outcome, md) -> List.of(notifications.request(
                        transaction,
                        List.of(NotificationRequested.email(
                                participant.participantId(),
                                participant.email(),
                                "PASSWORD_RESET",
                                Map.of("token", code.value()),
                                outcome.recordedAt())),
                        md));
        return participants
                .inTransaction(transaction -> participants.handle(
                        transaction,
                        participant.participantId(),
                        new ParticipantCommand.IssuePasswordReset(code.digest(), clock.instant()),
                        metadata,
                        mail,
                        IfMatch.ANY))
                .replaceWithVoid();
    }

    /** A code naming no account is as wrong as any other wrong code. */
    private static Throwable unknownAccountIsAWrongCode(Throwable failure) {
        var violated = (RuleViolated) failure;
        return violated.violations().stream()
                        .anyMatch(v -> v.rule() == Rule.PARTICIPANT_NOT_FOUND || v.rule() == Rule.OPERATOR_NOT_FOUND)
                ? new RuleViolated(List.of(Violation.of(Rule.RESET_TOKEN_INVALID)))
                : failure;
    }
}
