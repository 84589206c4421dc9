package id.go.prakerja.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The participant journey as {@code prakerja.participant-events.v1} tells it to every downstream system: ids, status
 * changes, amounts and dates. No profile, no contact, no account number, no free text an operator typed, no secret:
 * who needs those gets them on a partner's own topic. A record here changes only with a new version of its type.
 */
public final class JourneyMessages {

    private JourneyMessages() {}

    public record Registered(UUID participantId, Instant registeredAt) {}

    public record EmailVerified(UUID participantId, Instant verifiedAt) {}

    public record ProfileCompleted(UUID participantId, Instant completedAt) {}

    public record FoundNotEligible(UUID participantId, List<String> failedRules, Instant evaluatedAt) {}

    public record BasicTestTaken(UUID participantId, int attempt, boolean passed, Instant takenAt) {}

    public record IdentityVerificationRequested(UUID participantId, UUID requestId, Instant requestedAt) {}

    public record IdentityVerified(UUID participantId, UUID requestId, Instant verifiedAt) {}

    public record IdentityRejected(UUID participantId, UUID requestId, Instant rejectedAt) {}

    public record BatchJoined(UUID participantId, UUID batchId, Instant joinedAt) {}

    public record NotSelected(UUID participantId, UUID batchId, Instant decidedAt) {}

    public record CardIssued(
            UUID participantId,
            UUID batchId,
            String scheme,
            long trainingBalance,
            Instant purchaseDeadline,
            Instant issuedAt) {}

    public record CardRevoked(UUID participantId, long balanceReturned, Instant revokedAt) {}

    public record Frozen(UUID participantId, Instant frozenAt) {}

    public record Unfrozen(UUID participantId, Instant unfrozenAt) {}

    public record TrainingPurchased(
            UUID participantId,
            UUID purchaseId,
            UUID trainingId,
            String platformCode,
            long price,
            long balanceAfter,
            Instant purchasedAt) {}

    public record PurchaseCancelled(
            UUID participantId, UUID purchaseId, long refund, long balanceAfter, Instant cancelledAt) {}

    public record TrainingCompleted(UUID participantId, UUID purchaseId, UUID trainingId, Instant completedAt) {}

    public record CertificateIssued(
            UUID participantId, UUID purchaseId, UUID trainingId, String certificateNumber, Instant issuedAt) {}

    public record TrainingReviewed(
            UUID participantId, UUID purchaseId, UUID trainingId, int rating, Instant reviewedAt) {}

    /** Which kind of account and which provider, never the account's number or holder. */
    public record PayoutAccountSet(UUID participantId, String accountType, String provider, Instant setAt) {}

    public record IncentiveScheduled(UUID participantId, List<Installment> installments, Instant scheduledAt) {}

    public record Installment(int installment, Instant dueAt, long amount) {}

    public record DisbursementRequested(
            UUID participantId, UUID disbursementId, int installment, int attempt, long amount, Instant requestedAt) {}

    public record IncentivePaid(
            UUID participantId, UUID disbursementId, int installment, long amount, String reference, Instant paidAt) {}

    public record DisbursementFailed(UUID participantId, UUID disbursementId, int installment, Instant failedAt) {}

    public record ParticipationRevoked(UUID participantId, List<Integer> cancelledInstallments, Instant revokedAt) {}

    /** Downstream systems erase what they keep of the participant, as the platform did. */
    public record PersonalDataErased(UUID participantId, List<Integer> cancelledInstallments, Instant erasedAt) {}

    public record ClawbackRecorded(UUID participantId, long amountReceived, Instant dueAt, Instant recordedAt) {}

    public record DuplicatePaymentReported(
            UUID participantId, UUID disbursementId, int installment, long amount, Instant reportedAt) {}

    public record PaymentReversed(
            UUID participantId, UUID disbursementId, int installment, boolean secondPayment, Instant reversedAt) {}

    public record DisbursementRetryApproved(UUID participantId, int installment, Instant approvedAt) {}
}
