package id.go.prakerja.access;

import id.go.prakerja.participant.ParticipantCommand.ChangePassword;
import id.go.prakerja.participant.ParticipantCommand.IssuePasswordReset;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.PasswordChanged;
import id.go.prakerja.participant.ParticipantEvent.PasswordResetIssued;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.security.Secrets;
import id.go.prakerja.platform.security.SecurityConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/** A participant's forgotten password: a code by e-mail, then a new password with it. Pure. */
@Singleton
public final class PasswordRules implements ParticipantRules {

    private final Duration codeValidity;

    @Inject
    public PasswordRules(SecurityConfig security) {
        this(security.resetTokenValidity());
    }

    public PasswordRules(Duration codeValidity) {
        this.codeValidity = codeValidity;
    }

    @Override
    public void register(Book book) {
        book.judge(IssuePasswordReset.class, this::issue).judge(ChangePassword.class, PasswordRules::change);
    }

    private Decision<ParticipantEvent> issue(IssuePasswordReset issue, ParticipantState state) {
        return state.exists()
                ? Decision.accept(
                        new PasswordResetIssued(issue.tokenHash(), issue.now().plus(codeValidity), issue.now()))
                : Decision.reject(Rule.PARTICIPANT_NOT_FOUND);
    }

    private static Decision<ParticipantEvent> change(ChangePassword change, ParticipantState state) {
        if (!state.exists()) {
            return Decision.reject(Rule.PARTICIPANT_NOT_FOUND);
        }
        var credentials = state.credentials();
        if (!Secrets.sameDigest(credentials.resetTokenHash(), change.tokenHash())) {
            return Decision.reject(Rule.RESET_TOKEN_INVALID);
        }
        if (change.now().isAfter(credentials.resetExpiresAt())) {
            return Decision.reject(Rule.RESET_TOKEN_EXPIRED);
        }
        return Decision.accept(new PasswordChanged(change.passwordHash(), change.now()));
    }
}
