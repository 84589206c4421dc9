package id.go.prakerja.participant;

import id.go.prakerja.eventstore.relay.Publication;
import id.go.prakerja.eventstore.relay.PublishedEvents;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
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
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Which journey events leave the service, and as what ({@link JourneyMessages}). Not published: the e-mail code and
 * password events (secrets), the purchase-deadline reminder, the training platform's own progress reports, and the
 * consent and erasure requests; the erasure itself is, so that every consumer erases its own copies.
 */
@Singleton
public class JourneyPublication {

    private static final String TYPE = "prakerja.participant.%s.v1";

    @Produces
    @Singleton
    Publication journey(ParticipantService participants) {
        return PublishedEvents.of(ParticipantService.CATEGORY, participants.types())
                .publish(
                        Registered.class,
                        type("registered"),
                        JourneyMessages.Registered.class,
                        (e, id) -> new JourneyMessages.Registered(id, e.registeredAt()))
                .publish(
                        EmailVerified.class,
                        type("email-verified"),
                        JourneyMessages.EmailVerified.class,
                        (e, id) -> new JourneyMessages.EmailVerified(id, e.verifiedAt()))
                .publish(
                        ProfileCompleted.class,
                        type("profile-completed"),
                        JourneyMessages.ProfileCompleted.class,
                        (e, id) -> new JourneyMessages.ProfileCompleted(id, e.completedAt()))
                .publish(
                        FoundNotEligible.class,
                        type("found-not-eligible"),
                        JourneyMessages.FoundNotEligible.class,
                        (e, id) -> new JourneyMessages.FoundNotEligible(id, e.failedRules(), e.evaluatedAt()))
                .publish(
                        BasicTestTaken.class,
                        type("basic-test-taken"),
                        JourneyMessages.BasicTestTaken.class,
                        (e, id) -> new JourneyMessages.BasicTestTaken(id, e.attempt(), e.passed(), e.takenAt()))
                .publish(
                        IdentityVerificationRequested.class,
                        type("identity-verification-requested"),
                        JourneyMessages.IdentityVerificationRequested.class,
                        (e, id) ->
                                new JourneyMessages.IdentityVerificationRequested(id, e.requestId(), e.requestedAt()))
                .publish(
                        IdentityVerified.class,
                        type("identity-verified"),
                        JourneyMessages.IdentityVerified.class,
                        (e, id) -> new JourneyMessages.IdentityVerified(id, e.requestId(), e.verifiedAt()))
                .publish(
                        IdentityRejected.class,
                        type("identity-rejected"),
                        JourneyMessages.IdentityRejected.class,
                        (e, id) -> new JourneyMessages.IdentityRejected(id, e.requestId(), e.rejectedAt()))
                .publish(
                        BatchJoined.class,
                        type("batch-joined"),
                        JourneyMessages.BatchJoined.class,
                        (e, id) -> new JourneyMessages.BatchJoined(id, e.batchId(), e.joinedAt()))
                .publish(
                        NotSelected.class,
                        type("not-selected"),
                        JourneyMessages.NotSelected.class,
                        (e, id) -> new JourneyMessages.NotSelected(id, e.batchId(), e.decidedAt()))
                .publish(
                        CardIssued.class,
                        type("card-issued"),
                        JourneyMessages.CardIssued.class,
                        (e, id) -> new JourneyMessages.CardIssued(
                                id, e.batchId(), e.scheme(), e.trainingBalance(), e.purchaseDeadline(), e.issuedAt()))
                .publish(
                        CardRevoked.class,
                        type("card-revoked"),
                        JourneyMessages.CardRevoked.class,
                        (e, id) -> new JourneyMessages.CardRevoked(id, e.balanceReturned(), e.revokedAt()))
                .publish(
                        Frozen.class,
                        type("frozen"),
                        JourneyMessages.Frozen.class,
                        (e, id) -> new JourneyMessages.Frozen(id, e.frozenAt()))
                .publish(
                        Unfrozen.class,
                        type("unfrozen"),
                        JourneyMessages.Unfrozen.class,
                        (e, id) -> new JourneyMessages.Unfrozen(id, e.unfrozenAt()))
                .publish(
                        TrainingPurchased.class,
                        type("training-purchased"),
                        JourneyMessages.TrainingPurchased.class,
                        (e, id) -> new JourneyMessages.TrainingPurchased(
                                id,
                                e.purchaseId(),
                                e.training().trainingId(),
                                e.training().platformCode(),
                                e.training().price(),
                                e.balanceAfter(),
                                e.purchasedAt()))
                .publish(
                        PurchaseCancelled.class,
                        type("purchase-cancelled"),
                        JourneyMessages.PurchaseCancelled.class,
                        (e, id) -> new JourneyMessages.PurchaseCancelled(
                                id, e.purchaseId(), e.refund(), e.balanceAfter(), e.cancelledAt()))
                .publish(
                        TrainingCompleted.class,
                        type("training-completed"),
                        JourneyMessages.TrainingCompleted.class,
                        (e, id) -> new JourneyMessages.TrainingCompleted(
                                id, e.purchaseId(), e.trainingId(), e.completedAt()))
                .publish(
                        CertificateIssued.class,
                        type("certificate-issued"),
                        JourneyMessages.CertificateIssued.class,
                        (e, id) -> new JourneyMessages.CertificateIssued(
                                id, e.purchaseId(), e.trainingId(), e.certificateNumber(), e.issuedAt()))
                .publish(
                        TrainingReviewed.class,
                        type("training-reviewed"),
                        JourneyMessages.TrainingReviewed.class,
                        (e, id) -> new JourneyMessages.TrainingReviewed(
                                id, e.purchaseId(), e.trainingId(), e.rating(), e.reviewedAt()))
                .publish(
                        PayoutAccountSet.class,
                        type("payout-account-set"),
                        JourneyMessages.PayoutAccountSet.class,
                        // Read after an erasure, the account is null: the event is not published then.
                        (e, id) -> e.account() == null
                                ? null
                                : new JourneyMessages.PayoutAccountSet(
                                        id,
                                        e.account().type().name(),
                                        e.account().provider(),
                                        e.setAt()))
                .publish(
                        IncentiveScheduled.class,
                        type("incentive-scheduled"),
                        JourneyMessages.IncentiveScheduled.class,
                        (e, id) -> new JourneyMessages.IncentiveScheduled(
                                id,
                                e.installments().stream()
                                        .map(i ->
                                                new JourneyMessages.Installment(i.installment(), i.dueAt(), i.amount()))
                                        .toList(),
                                e.scheduledAt()))
                .publish(
                        DisbursementRequested.class,
                        type("disbursement-requested"),
                        JourneyMessages.DisbursementRequested.class,
                        (e, id) -> new JourneyMessages.DisbursementRequested(
                                id, e.disbursementId(), e.installment(), e.attempt(), e.amount(), e.requestedAt()))
                .publish(
                        IncentivePaid.class,
                        type("incentive-paid"),
                        JourneyMessages.IncentivePaid.class,
                        (e, id) -> new JourneyMessages.IncentivePaid(
                                id, e.disbursementId(), e.installment(), e.amount(), e.reference(), e.paidAt()))
                .publish(
                        DisbursementFailed.class,
                        type("disbursement-failed"),
                        JourneyMessages.DisbursementFailed.class,
                        (e, id) -> new JourneyMessages.DisbursementFailed(
                                id, e.disbursementId(), e.installment(), e.failedAt()))
                .publish(
                        ParticipantEvent.DuplicatePaymentReported.class,
                        type("duplicate-payment-reported"),
                        JourneyMessages.DuplicatePaymentReported.class,
                        (e, id) -> new JourneyMessages.DuplicatePaymentReported(
                                id, e.disbursementId(), e.installment(), e.amount(), e.reportedAt()))
                .publish(
                        ParticipantEvent.PaymentReversed.class,
                        type("payment-reversed"),
                        JourneyMessages.PaymentReversed.class,
                        (e, id) -> new JourneyMessages.PaymentReversed(
                                id, e.disbursementId(), e.installment(), e.secondPayment(), e.reversedAt()))
                .publish(
                        ParticipantEvent.DisbursementRetryApproved.class,
                        type("disbursement-retry-approved"),
                        JourneyMessages.DisbursementRetryApproved.class,
                        (e, id) -> new JourneyMessages.DisbursementRetryApproved(id, e.installment(), e.approvedAt()))
                .publish(
                        ParticipationRevoked.class,
                        type("participation-revoked"),
                        JourneyMessages.ParticipationRevoked.class,
                        (e, id) ->
                                new JourneyMessages.ParticipationRevoked(id, e.cancelledInstallments(), e.revokedAt()))
                .publish(
                        ClawbackRecorded.class,
                        type("clawback-recorded"),
                        JourneyMessages.ClawbackRecorded.class,
                        (e, id) ->
                                new JourneyMessages.ClawbackRecorded(id, e.amountReceived(), e.dueAt(), e.recordedAt()))
                .publish(
                        ParticipantEvent.PersonalDataErased.class,
                        type("personal-data-erased"),
                        JourneyMessages.PersonalDataErased.class,
                        (e, id) -> new JourneyMessages.PersonalDataErased(id, e.cancelledInstallments(), e.erasedAt()));
    }

    private static String type(String name) {
        return TYPE.formatted(name);
    }
}
