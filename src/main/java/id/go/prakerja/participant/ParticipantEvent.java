package id.go.prakerja.participant;

import id.go.prakerja.eventstore.EventType;
import id.go.prakerja.eventstore.personal.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happens in one participant's journey, in the stream {@code participant-<id>}. What identifies or
 * describes the person is {@link PersonalData}, sealed with the participant's own key; the money trail is not.
 */
public sealed interface ParticipantEvent {

    @EventType("participant-registered.v1")
    record Registered(
            UUID participantId,
            @PersonalData String email,
            @PersonalData String passwordHash,
            Instant registeredAt) implements ParticipantEvent {}

    @EventType("privacy-notice-accepted.v1")
    record PrivacyNoticeAccepted(String version, Instant acceptedAt) implements ParticipantEvent {}

    @EventType("erasure-requested.v1")
    record ErasureRequested(Instant requestedAt) implements ParticipantEvent {}

    @EventType("erasure-declined.v1")
    record ErasureDeclined(String reason, Instant declinedAt) implements ParticipantEvent {}

    /**
     * The participant's data key is destroyed with this event: every personal field of the stream reads as null from
     * now on. The unpaid installments are cancelled, since nobody can be paid without an account.
     */
    @EventType("personal-data-erased.v1")
    record PersonalDataErased(String reason, List<Integer> cancelledInstallments, Instant erasedAt)
            implements ParticipantEvent {}

    @EventType("email-verification-issued.v1")
    record EmailVerificationIssued(String tokenHash, Instant expiresAt, Instant issuedAt) implements ParticipantEvent {}

    @EventType("email-verified.v1")
    record EmailVerified(Instant verifiedAt) implements ParticipantEvent {}

    @EventType("password-reset-issued.v1")
    record PasswordResetIssued(String tokenHash, Instant expiresAt, Instant issuedAt) implements ParticipantEvent {}

    @EventType("password-changed.v1")
    record PasswordChanged(@PersonalData String passwordHash, Instant changedAt) implements ParticipantEvent {}

    @EventType("profile-completed.v1")
    record ProfileCompleted(@PersonalData Profile profile, Instant completedAt) implements ParticipantEvent {}

    @EventType("found-not-eligible.v1")
    record FoundNotEligible(@PersonalData Profile profile, List<String> failedRules, Instant evaluatedAt)
            implements ParticipantEvent {}

    @EventType("basic-test-taken.v1")
    record BasicTestTaken(int attempt, int score, boolean passed, Instant takenAt) implements ParticipantEvent {}

    @EventType("identity-verification-requested.v1")
    record IdentityVerificationRequested(
            UUID requestId,
            @PersonalData String selfieReference,
            @PersonalData String nik,
            @PersonalData String kkNumber,
            @PersonalData String fullName,
            @PersonalData java.time.LocalDate birthDate,
            Instant requestedAt)
            implements ParticipantEvent {}

    @EventType("identity-verified.v1")
    record IdentityVerified(UUID requestId, Instant verifiedAt) implements ParticipantEvent {}

    @EventType("identity-rejected.v1")
    record IdentityRejected(
            UUID requestId, boolean nikMatch, boolean kkMatch, boolean faceMatch, String reason, Instant rejectedAt)
            implements ParticipantEvent {}

    @EventType("batch-joined.v1")
    record BatchJoined(UUID batchId, Instant joinedAt) implements ParticipantEvent {}

    @EventType("not-selected.v1")
    record NotSelected(UUID batchId, Instant decidedAt) implements ParticipantEvent {}

    @EventType("card-issued.v1")
    record CardIssued(
            UUID batchId,
            String cardNumber,
            String scheme,
            long trainingBalance,
            Instant purchaseDeadline,
            Instant issuedAt)
            implements ParticipantEvent {}

    @EventType("purchase-deadline-reminded.v1")
    record PurchaseDeadlineReminded(Instant purchaseDeadline, Instant remindedAt) implements ParticipantEvent {}

    @EventType("card-revoked.v1")
    record CardRevoked(String reason, long balanceReturned, Instant revokedAt) implements ParticipantEvent {}

    @EventType("participant-frozen.v1")
    record Frozen(String reason, Instant frozenAt) implements ParticipantEvent {}

    @EventType("participant-unfrozen.v1")
    record Unfrozen(String reason, Instant unfrozenAt) implements ParticipantEvent {}

    @EventType("training-purchased.v1")
    record TrainingPurchased(
            UUID purchaseId, TrainingOffer training, String voucherCode, long balanceAfter, Instant purchasedAt)
            implements ParticipantEvent {}

    @EventType("purchase-cancelled.v1")
    record PurchaseCancelled(UUID purchaseId, long refund, long balanceAfter, Instant cancelledAt)
            implements ParticipantEvent {}

    @EventType("training-progress-recorded.v1")
    record TrainingProgressRecorded(
            UUID purchaseId, ProgressKind kind, Integer moduleNo, Integer score, Instant occurredAt)
            implements ParticipantEvent {}

    @EventType("training-completed.v1")
    record TrainingCompleted(UUID purchaseId, UUID trainingId, Instant completedAt) implements ParticipantEvent {}

    @EventType("certificate-issued.v1")
    record CertificateIssued(UUID purchaseId, UUID trainingId, String certificateNumber, Instant issuedAt)
            implements ParticipantEvent {}

    @EventType("training-reviewed.v1")
    record TrainingReviewed(
            UUID purchaseId,
            UUID trainingId,
            int rating,
            @PersonalData String review,
            Instant reviewedAt) implements ParticipantEvent {}

    @EventType("payout-account-set.v1")
    record PayoutAccountSet(@PersonalData PayoutAccount account, Instant setAt) implements ParticipantEvent {}

    @EventType("incentive-scheduled.v1")
    record IncentiveScheduled(List<ScheduledInstallment> installments, Instant scheduledAt)
            implements ParticipantEvent {}

    @EventType("disbursement-requested.v1")
    record DisbursementRequested(
            UUID disbursementId,
            int installment,
            int attempt,
            long amount,
            @PersonalData PayoutAccount account,
            Instant requestedAt)
            implements ParticipantEvent {}

    @EventType("incentive-paid.v1")
    record IncentivePaid(UUID disbursementId, int installment, long amount, String reference, Instant paidAt)
            implements ParticipantEvent {}

    @EventType("disbursement-failed.v1")
    record DisbursementFailed(UUID disbursementId, int installment, String reason, Instant failedAt)
            implements ParticipantEvent {}

    /** The partner reported another payment of an installment already paid: money to recover, not a balance. */
    @EventType("duplicate-payment-reported.v1")
    record DuplicatePaymentReported(
            UUID disbursementId, int installment, long amount, String reference, Instant reportedAt)
            implements ParticipantEvent {}

    /**
     * The partner took a payment back. The installment's own payment: it is to be paid again; a second payment
     * ({@code secondPayment}): the excess is recovered, and the installment stays paid.
     */
    @EventType("payment-reversed.v1")
    record PaymentReversed(
            UUID disbursementId,
            int installment,
            String reference,
            boolean secondPayment,
            String reason,
            Instant reversedAt)
            implements ParticipantEvent {}

    /** Finance retries a failed installment on the same account (the failure was not the participant's). */
    @EventType("disbursement-retry-approved.v1")
    record DisbursementRetryApproved(int installment, String reason, Instant approvedAt) implements ParticipantEvent {}

    @EventType("participation-revoked.v1")
    record ParticipationRevoked(String reason, List<Integer> cancelledInstallments, Instant revokedAt)
            implements ParticipantEvent {}

    @EventType("clawback-recorded.v1")
    record ClawbackRecorded(long amountReceived, Instant dueAt, Instant recordedAt) implements ParticipantEvent {}

    /** One incentive payment as scheduled: its number (from 1), due date and amount. */
    record ScheduledInstallment(int installment, Instant dueAt, long amount) {}
}
