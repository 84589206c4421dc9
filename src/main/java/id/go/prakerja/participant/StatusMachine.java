package id.go.prakerja.participant;

import static id.go.prakerja.participant.ParticipantStatus.BASIC_TEST_FAILED;
import static id.go.prakerja.participant.ParticipantStatus.BASIC_TEST_PASSED;
import static id.go.prakerja.participant.ParticipantStatus.BATCH_JOINED;
import static id.go.prakerja.participant.ParticipantStatus.CARD_ISSUED;
import static id.go.prakerja.participant.ParticipantStatus.CERTIFIED;
import static id.go.prakerja.participant.ParticipantStatus.EMAIL_VERIFIED;
import static id.go.prakerja.participant.ParticipantStatus.ERASED;
import static id.go.prakerja.participant.ParticipantStatus.FINISHED;
import static id.go.prakerja.participant.ParticipantStatus.FROZEN;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_REJECTED;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_VERIFICATION_PENDING;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_VERIFIED;
import static id.go.prakerja.participant.ParticipantStatus.INCENTIVE_IN_PROGRESS;
import static id.go.prakerja.participant.ParticipantStatus.NOT_ELIGIBLE;
import static id.go.prakerja.participant.ParticipantStatus.NOT_SELECTED;
import static id.go.prakerja.participant.ParticipantStatus.PROFILE_COMPLETED;
import static id.go.prakerja.participant.ParticipantStatus.REGISTERED;
import static id.go.prakerja.participant.ParticipantStatus.REVOKED;
import static id.go.prakerja.participant.ParticipantStatus.TRAINING_COMPLETED;
import static id.go.prakerja.participant.ParticipantStatus.TRAINING_PURCHASED;

import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.EmailVerificationIssued;
import id.go.prakerja.participant.ParticipantEvent.EmailVerified;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerified;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.NotSelected;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.platform.command.EventSwitch;

/**
 * The participant's status, the one place it moves: the decider's state and the overview's row both take their
 * status from here, so the API and the rules cannot disagree on where a participant stands.
 */
public final class StatusMachine {

    /** The status, and under a freeze the status the journey returns to, which keeps moving underneath. */
    public record Position(ParticipantStatus status, ParticipantStatus beforeFreeze) {

        public static final Position NONE = new Position(null, null);

        public ParticipantStatus effective() {
            return status == FROZEN ? beforeFreeze : status;
        }

        Position to(ParticipantStatus next) {
            return status == FROZEN ? new Position(FROZEN, next) : new Position(next, null);
        }

        /** Moves only from {@code from}, looking through a freeze. */
        Position from(ParticipantStatus from, ParticipantStatus next) {
            return effective() == from ? to(next) : this;
        }
    }

    /** What the reader knows after the event, beyond the status: a transition may depend on it. */
    public record Facts(boolean purchasesRemain, boolean allInstallmentsPaid) {}

    private record Step(Position from, Facts facts) {}

    private static final EventSwitch<ParticipantEvent, Step, Position> STEPS =
            EventSwitch.<ParticipantEvent, Step, Position>over(ParticipantEvent.class, null)
                    .on(Registered.class, (step, e) -> new Position(REGISTERED, null))
                    .on(EmailVerified.class, (step, e) -> step.from().to(EMAIL_VERIFIED))
                    .on(ProfileCompleted.class, (step, e) -> step.from().to(PROFILE_COMPLETED))
                    .on(FoundNotEligible.class, (step, e) -> step.from().to(NOT_ELIGIBLE))
                    .on(
                            BasicTestTaken.class,
                            (step, e) -> step.from().to(e.passed() ? BASIC_TEST_PASSED : BASIC_TEST_FAILED))
                    .on(
                            IdentityVerificationRequested.class,
                            (step, e) -> step.from().to(IDENTITY_VERIFICATION_PENDING))
                    .on(IdentityVerified.class, (step, e) -> step.from().to(IDENTITY_VERIFIED))
                    .on(IdentityRejected.class, (step, e) -> step.from().to(IDENTITY_REJECTED))
                    .on(BatchJoined.class, (step, e) -> step.from().to(BATCH_JOINED))
                    .on(NotSelected.class, (step, e) -> step.from().to(NOT_SELECTED))
                    .on(CardIssued.class, (step, e) -> step.from().to(CARD_ISSUED))
                    .on(CardRevoked.class, (step, e) -> step.from().to(REVOKED))
                    .on(TrainingPurchased.class, (step, e) -> step.from().from(CARD_ISSUED, TRAINING_PURCHASED))
                    .on(
                            PurchaseCancelled.class,
                            (step, e) -> step.facts().purchasesRemain()
                                    ? step.from()
                                    : step.from().from(TRAINING_PURCHASED, CARD_ISSUED))
                    .on(TrainingCompleted.class, (step, e) -> step.from().from(TRAINING_PURCHASED, TRAINING_COMPLETED))
                    .on(CertificateIssued.class, (step, e) -> step.from().from(TRAINING_COMPLETED, CERTIFIED))
                    .on(
                            IncentivePaid.class,
                            (step, e) -> step.from()
                                    .to(step.facts().allInstallmentsPaid() ? FINISHED : INCENTIVE_IN_PROGRESS))
                    .on(
                            ParticipantEvent.PaymentReversed.class,
                            (step, e) -> e.secondPayment()
                                    ? step.from()
                                    : step.from().from(FINISHED, INCENTIVE_IN_PROGRESS))
                    .on(ParticipationRevoked.class, (step, e) -> new Position(REVOKED, null))
                    .on(
                            Frozen.class,
                            (step, e) -> new Position(FROZEN, step.from().status()))
                    .on(Unfrozen.class, (step, e) -> new Position(step.from().beforeFreeze(), null))
                    .on(ParticipantEvent.PersonalDataErased.class, (step, e) -> new Position(ERASED, null))
                    .ignore(
                            ParticipantEvent.PrivacyNoticeAccepted.class,
                            ParticipantEvent.ErasureRequested.class,
                            ParticipantEvent.ErasureDeclined.class,
                            ParticipantEvent.PasswordResetIssued.class,
                            ParticipantEvent.PasswordChanged.class,
                            EmailVerificationIssued.class,
                            PurchaseDeadlineReminded.class,
                            TrainingProgressRecorded.class,
                            TrainingReviewed.class,
                            PayoutAccountSet.class,
                            IncentiveScheduled.class,
                            DisbursementRequested.class,
                            DisbursementFailed.class,
                            ParticipantEvent.DuplicatePaymentReported.class,
                            ParticipantEvent.DisbursementRetryApproved.class,
                            ClawbackRecorded.class)
                    .build();

    private StatusMachine() {}

    /** Where {@code event} moves a participant who stood at {@code from}. */
    public static Position next(Position from, ParticipantEvent event, Facts factsAfter) {
        var next = STEPS.apply(new Step(from, factsAfter), event);
        return next == null ? from : next;
    }
}
