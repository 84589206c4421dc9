package id.go.prakerja.identity;

import static id.go.prakerja.participant.ParticipantStatus.BASIC_TEST_PASSED;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_REJECTED;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_VERIFICATION_PENDING;

import id.go.prakerja.participant.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.participant.ParticipantCommand.RequestIdentityVerification;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerified;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** The population registry's check of the participant's NIK, KK and face. */
@Singleton
public final class IdentityRules implements ParticipantRules {

    private final ProgramRules rules;

    @Inject
    public IdentityRules(ProgramConfig program) {
        this(program.rules());
    }

    public IdentityRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(RequestIdentityVerification.class, this::requestVerification)
                .judge(RecordIdentityVerificationResult.class, this::recordVerification);
    }

    private Decision<ParticipantEvent> requestVerification(
            RequestIdentityVerification request, ParticipantState state) {
        if (!Set.of(BASIC_TEST_PASSED, IDENTITY_REJECTED).contains(state.status())) {
            return Decision.reject(Rule.STEP_NOT_ALLOWED, state.status());
        }
        var profile = state.profile();
        return Decision.accept(new IdentityVerificationRequested(
                request.requestId(),
                request.selfieReference(),
                profile.nik(),
                profile.kkNumber(),
                profile.fullName(),
                profile.birthDate(),
                request.now()));
    }

    private Decision<ParticipantEvent> recordVerification(
            RecordIdentityVerificationResult result, ParticipantState state) {
        if (state.effectiveStatus() != IDENTITY_VERIFICATION_PENDING
                || !result.requestId().equals(state.pendingVerificationRequest())) {
            // A repeated or outdated answer of the registry changes nothing.
            return Decision.accept(List.of());
        }
        return result.nikMatch() && result.kkMatch() && result.faceMatch()
                ? Decision.accept(new IdentityVerified(result.requestId(), result.now()))
                : Decision.accept(new IdentityRejected(
                        result.requestId(),
                        result.nikMatch(),
                        result.kkMatch(),
                        result.faceMatch(),
                        result.reason(),
                        result.now()));
    }
}
