package id.go.prakerja.participant;

import id.go.prakerja.platform.command.Command;
import java.time.Instant;
import java.util.UUID;

/** What a participant, an operator or a partner asks of one participant's journey; the caller passes {@code now}. */
public sealed interface ParticipantCommand extends Command {

    /** What the participant asks for themself: a freeze stops these, and only these. */
    sealed interface ByParticipant extends ParticipantCommand {}

    /**
     * The password arrives hashed and the token as its hash: the decider does no cryptography. The privacy notice's
     * version is the one the person accepted, checked against the current one by the service.
     */
    record Register(
            UUID participantId,
            String email,
            String passwordHash,
            String tokenHash,
            String privacyNoticeVersion,
            Instant now)
            implements ParticipantCommand {}

    /** The participant accepts a version of the privacy notice (at registration, or after it changed). */
    record AcceptPrivacyNotice(String version, Instant now) implements ParticipantCommand {}

    /** The participant asks for their personal data to be erased; a registrar decides. */
    record RequestErasure(Instant now) implements ParticipantCommand {}

    /** A registrar erases the participant's personal data, giving the decision's reason. */
    record ConfirmErasure(String reason, Instant now) implements ParticipantCommand {}

    /** A registrar declines the erasure, naming the legal duty that requires keeping the data. */
    record DeclineErasure(String reason, Instant now) implements ParticipantCommand {}

    record VerifyEmail(String tokenHash, Instant now) implements ByParticipant {}

    /** Anyone who knows the address may ask; only the e-mail carries the token, the command its digest. */
    record IssuePasswordReset(String tokenHash, Instant now) implements ParticipantCommand {}

    /** The new password arrives hashed, after the password policy passed it. */
    record ChangePassword(String tokenHash, String passwordHash, Instant now) implements ParticipantCommand {}

    /** The facts about other participants come from the reservations the service read in the same transaction. */
    record CompleteProfile(Profile profile, boolean nikAlreadyRegistered, int familyCardMembers, Instant now)
            implements ByParticipant {}

    record TakeBasicTest(int score, Instant now) implements ByParticipant {}

    record RequestIdentityVerification(UUID requestId, String selfieReference, Instant now) implements ByParticipant {}

    record RecordIdentityVerificationResult(
            UUID requestId, boolean nikMatch, boolean kkMatch, boolean faceMatch, String reason, Instant now)
            implements ParticipantCommand {}

    record JoinBatch(UUID batchId, boolean batchOpen, Instant now) implements ByParticipant {}

    record IssueCard(UUID batchId, String cardNumber, Instant now) implements ParticipantCommand {}

    record MarkNotSelected(UUID batchId, Instant now) implements ParticipantCommand {}

    record RemindPurchaseDeadline(Instant now) implements ParticipantCommand {}

    record RevokeUnusedCard(Instant now) implements ParticipantCommand {}

    record Freeze(String reason, Instant now) implements ParticipantCommand {}

    record Unfreeze(String reason, Instant now) implements ParticipantCommand {}

    /** The offer is the catalog's state of the training in the same transaction: its price at purchase time. */
    record PurchaseTraining(UUID purchaseId, TrainingOffer training, String voucherCode, Instant now)
            implements ByParticipant {}

    record CancelPurchase(UUID purchaseId, Instant now) implements ByParticipant {}

    /** A platform's report; the certificate number is used if this report completes the training. */
    record RecordTrainingProgress(
            UUID purchaseId,
            ProgressKind kind,
            Integer moduleNo,
            Integer score,
            Instant occurredAt,
            String certificateNumber,
            Instant now)
            implements ParticipantCommand {}

    record ReviewTraining(UUID purchaseId, int rating, String review, Instant now) implements ByParticipant {}

    /** {@code provider} is the provider table's row for the account's provider, or null when it is unknown. */
    record SetPayoutAccount(PayoutAccount account, PayoutProvider provider, Instant now) implements ByParticipant {}

    record RequestDisbursement(int installment, Instant now) implements ParticipantCommand {}

    record RecordDisbursementResult(
            UUID disbursementId, boolean paid, String reason, String reference, Instant paidAt, Instant now)
            implements ParticipantCommand {}

    record RecordReversal(UUID disbursementId, String reference, String reason, Instant now)
            implements ParticipantCommand {}

    record ApproveDisbursementRetry(int installment, String reason, Instant now) implements ParticipantCommand {}

    /** Fraud: stops every future installment; an ineligible participant owes back what was received. */
    record RevokeParticipation(String reason, boolean ineligible, Instant now) implements ParticipantCommand {}
}
