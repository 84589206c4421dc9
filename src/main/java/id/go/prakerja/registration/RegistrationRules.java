package id.go.prakerja.registration;

import static id.go.prakerja.participant.ParticipantStatus.REGISTERED;

import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.participant.ParticipantCommand.VerifyEmail;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.EmailVerificationIssued;
import id.go.prakerja.participant.ParticipantEvent.EmailVerified;
import id.go.prakerja.participant.ParticipantEvent.PrivacyNoticeAccepted;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.security.Secrets;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Opening an account and proving the e-mail address is the participant's own. */
@Singleton
public final class RegistrationRules implements ParticipantRules {

    private final ProgramRules rules;

    @Inject
    public RegistrationRules(ProgramConfig program) {
        this(program.rules());
    }

    public RegistrationRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(Register.class, this::register).judge(VerifyEmail.class, this::verifyEmail);
    }

    private Decision<ParticipantEvent> register(Register register, ParticipantState state) {
        return state.exists()
                ? Decision.reject(Rule.PARTICIPANT_EXISTS)
                : Decision.accept(
                        new Registered(
                                register.participantId(), register.email(), register.passwordHash(), register.now()),
                        new PrivacyNoticeAccepted(register.privacyNoticeVersion(), register.now()),
                        new EmailVerificationIssued(
                                register.tokenHash(), register.now().plus(rules.emailTokenValidity()), register.now()));
    }

    private Decision<ParticipantEvent> verifyEmail(VerifyEmail verify, ParticipantState state) {
        if (state.status() != REGISTERED) {
            return Decision.reject(Rule.EMAIL_ALREADY_VERIFIED);
        }
        if (!Secrets.sameDigest(state.tokenHash(), verify.tokenHash())) {
            return Decision.reject(Rule.EMAIL_TOKEN_INVALID);
        }
        if (verify.now().isAfter(state.tokenExpiresAt())) {
            return Decision.reject(Rule.EMAIL_TOKEN_EXPIRED);
        }
        return Decision.accept(new EmailVerified(verify.now()));
    }
}
