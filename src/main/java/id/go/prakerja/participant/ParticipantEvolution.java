package id.go.prakerja.participant;

import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRetryApproved;
import id.go.prakerja.participant.ParticipantEvent.DuplicatePaymentReported;
import id.go.prakerja.participant.ParticipantEvent.EmailVerificationIssued;
import id.go.prakerja.participant.ParticipantEvent.EmailVerified;
import id.go.prakerja.participant.ParticipantEvent.ErasureDeclined;
import id.go.prakerja.participant.ParticipantEvent.ErasureRequested;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerified;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.NotSelected;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PasswordChanged;
import id.go.prakerja.participant.ParticipantEvent.PasswordResetIssued;
import id.go.prakerja.participant.ParticipantEvent.PaymentReversed;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.PersonalDataErased;
import id.go.prakerja.participant.ParticipantEvent.PrivacyNoticeAccepted;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * How each event moves the decider's state on, beside its status, which the {@link StatusMachine} moves. Pure.
 */
public final class ParticipantEvolution {

    private static final EventSwitch<ParticipantEvent, ParticipantState.Draft, Void> CHANGES =
            EventSwitch.<ParticipantEvent, ParticipantState.Draft, Void>over(ParticipantEvent.class, null)
                    .on(Registered.class, (next, registered) -> {
                        next.participantId = registered.participantId();
                        next.email = registered.email();
                        next.registeredAt = registered.registeredAt();
                        next.credentials = new ParticipantState.Credentials(registered.passwordHash(), null, null);
                        return null;
                    })
                    .on(PasswordResetIssued.class, (next, issued) -> {
                        next.credentials = new ParticipantState.Credentials(
                                next.credentials.passwordHash(), issued.tokenHash(), issued.expiresAt());
                        return null;
                    })
                    .on(PasswordChanged.class, (next, changed) -> {
                        next.credentials = new ParticipantState.Credentials(changed.passwordHash(), null, null);
                        return null;
                    })
                    .on(EmailVerificationIssued.class, (next, issued) -> {
                        next.tokenHash = issued.tokenHash();
                        next.tokenExpiresAt = issued.expiresAt();
                        return null;
                    })
                    .on(EmailVerified.class, (next, verified) -> {
                        next.tokenHash = null;
                        next.tokenExpiresAt = null;
                        return null;
                    })
                    .on(ProfileCompleted.class, (next, completed) -> {
                        next.profile = completed.profile();
                        return null;
                    })
                    .on(FoundNotEligible.class, (next, notEligible) -> {
                        next.profile = notEligible.profile();
                        return null;
                    })
                    .on(BasicTestTaken.class, (next, taken) -> {
                        next.basicTestAttempts = taken.attempt();
                        return null;
                    })
                    .on(IdentityVerificationRequested.class, (next, requested) -> {
                        next.pendingVerificationRequest = requested.requestId();
                        return null;
                    })
                    .on(IdentityVerified.class, (next, verified) -> {
                        next.pendingVerificationRequest = null;
                        return null;
                    })
                    .on(IdentityRejected.class, (next, rejected) -> {
                        next.pendingVerificationRequest = null;
                        return null;
                    })
                    .on(BatchJoined.class, (next, joined) -> {
                        next.batchId = joined.batchId();
                        return null;
                    })
                    .on(CardIssued.class, (next, issued) -> {
                        next.cardNumber = issued.cardNumber();
                        next.balance = issued.trainingBalance();
                        next.purchaseDeadline = issued.purchaseDeadline();
                        return null;
                    })
                    .on(PurchaseDeadlineReminded.class, (next, reminded) -> {
                        next.reminded = true;
                        return null;
                    })
                    .on(CardRevoked.class, (next, revoked) -> {
                        next.balance = 0;
                        return null;
                    })
                    .on(TrainingPurchased.class, (next, purchased) -> {
                        var training = purchased.training();
                        next.balance = purchased.balanceAfter();
                        next.purchases = with(
                                next.purchases,
                                new Purchase(
                                        purchased.purchaseId(),
                                        training.trainingId(),
                                        training.price(),
                                        purchased.purchasedAt(),
                                        training.moduleCount(),
                                        Set.of(),
                                        false,
                                        Purchase.Status.ACTIVE,
                                        null,
                                        false));
                        return null;
                    })
                    .on(PurchaseCancelled.class, (next, cancelled) -> {
                        next.balance = cancelled.balanceAfter();
                        change(next, cancelled.purchaseId(), p -> p.withStatus(Purchase.Status.CANCELLED));
                        return null;
                    })
                    .on(TrainingProgressRecorded.class, (next, progress) -> {
                        change(next, progress.purchaseId(), p -> switch (progress.kind()) {
                            case MODULE_COMPLETED -> p.withModule(progress.moduleNo());
                            case EXAM_PASSED -> p.withExamPassed();
                            default -> p;
                        });
                        return null;
                    })
                    .on(TrainingCompleted.class, (next, completed) -> {
                        change(next, completed.purchaseId(), p -> p.withStatus(Purchase.Status.COMPLETED));
                        return null;
                    })
                    .on(CertificateIssued.class, (next, certificate) -> {
                        change(next, certificate.purchaseId(), p -> p.withCertificate(certificate.certificateNumber()));
                        return null;
                    })
                    .on(TrainingReviewed.class, (next, reviewed) -> {
                        change(next, reviewed.purchaseId(), Purchase::reviewedNow);
                        return null;
                    })
                    .on(PayoutAccountSet.class, (next, set) -> {
                        next.payoutAccount = set.account();
                        next.installments = next.installments.stream()
                                .map(i -> i.status() == Installment.Status.FAILED
                                        ? i.with(Installment.Status.RETRY_READY, i.disbursementId(), i.attempt())
                                        : i)
                                .toList();
                        return null;
                    })
                    .on(IncentiveScheduled.class, (next, scheduled) -> {
                        next.installments = scheduled.installments().stream()
                                .map(i -> new Installment(i.installment(), i.dueAt(), i.amount()))
                                .toList();
                        return null;
                    })
                    .on(DisbursementRequested.class, (next, requested) -> {
                        next.installments = replace(
                                next.installments,
                                requested.installment(),
                                i -> i.with(
                                        Installment.Status.REQUESTED, requested.disbursementId(), requested.attempt()));
                        return null;
                    })
                    .on(IncentivePaid.class, (next, paid) -> {
                        next.installments = replace(
                                next.installments,
                                paid.installment(),
                                i -> i.with(Installment.Status.PAID, paid.disbursementId(), i.attempt())
                                        .withPaidReference(paid.reference()));
                        return null;
                    })
                    .on(DuplicatePaymentReported.class, (next, duplicate) -> {
                        next.installments = replace(
                                next.installments,
                                duplicate.installment(),
                                i -> i.withPaidReference(duplicate.reference()));
                        return null;
                    })
                    .on(PaymentReversed.class, (next, reversed) -> {
                        next.installments = replace(
                                next.installments,
                                reversed.installment(),
                                i -> i.reversed(reversed.secondPayment(), reversed.reference()));
                        return null;
                    })
                    .on(DisbursementRetryApproved.class, (next, approved) -> {
                        next.installments = replace(
                                next.installments,
                                approved.installment(),
                                i -> i.with(Installment.Status.RETRY_READY, i.disbursementId(), i.attempt()));
                        return null;
                    })
                    .on(DisbursementFailed.class, (next, failed) -> {
                        next.installments = replace(
                                next.installments,
                                failed.installment(),
                                i -> i.with(Installment.Status.FAILED, i.disbursementId(), i.attempt()));
                        return null;
                    })
                    .on(ParticipationRevoked.class, (next, revoked) -> {
                        next.installments = cancelled(next.installments, revoked.cancelledInstallments());
                        return null;
                    })
                    .on(PrivacyNoticeAccepted.class, (next, accepted) -> {
                        next.privacyNoticeVersion = accepted.version();
                        return null;
                    })
                    .on(ErasureRequested.class, (next, requested) -> {
                        next.erasureRequested = true;
                        return null;
                    })
                    .on(ErasureDeclined.class, (next, declined) -> {
                        next.erasureRequested = false;
                        return null;
                    })
                    .on(PersonalDataErased.class, (next, erased) -> {
                        // What the stream's sealed fields would now read as, so a remembered state says the same.
                        next.erasureRequested = false;
                        next.email = null;
                        next.profile = null;
                        next.payoutAccount = null;
                        next.credentials = ParticipantState.Credentials.NONE;
                        next.tokenHash = null;
                        next.installments = cancelled(next.installments, erased.cancelledInstallments());
                        return null;
                    })
                    .ignore(NotSelected.class, Frozen.class, Unfrozen.class, ClawbackRecorded.class)
                    .build();

    private ParticipantEvolution() {}

    public static ParticipantState evolve(ParticipantState state, ParticipantEvent event) {
        var next = state.draft();
        CHANGES.apply(next, event);
        var position = StatusMachine.next(
                new StatusMachine.Position(state.status(), state.statusBeforeFreeze()),
                event,
                new StatusMachine.Facts(
                        next.purchases.values().stream().anyMatch(p -> p.status() != Purchase.Status.CANCELLED),
                        next.installments.stream().allMatch(i -> i.status() == Installment.Status.PAID)));
        next.status = position.status();
        next.statusBeforeFreeze = position.beforeFreeze();
        return next.done();
    }

    private static void change(ParticipantState.Draft next, UUID purchaseId, UnaryOperator<Purchase> change) {
        next.purchases = with(next.purchases, change.apply(next.purchases.get(purchaseId)));
    }

    private static Map<UUID, Purchase> with(Map<UUID, Purchase> purchases, Purchase purchase) {
        var updated = new HashMap<>(purchases);
        updated.put(purchase.purchaseId(), purchase);
        return updated;
    }

    private static List<Installment> cancelled(List<Installment> installments, List<Integer> numbers) {
        return installments.stream()
                .map(i -> numbers.contains(i.number())
                        ? i.with(Installment.Status.CANCELLED, i.disbursementId(), i.attempt())
                        : i)
                .toList();
    }

    private static List<Installment> replace(
            List<Installment> installments, int number, UnaryOperator<Installment> change) {
        return installments.stream()
                .map(i -> i.number() == number ? change.apply(i) : i)
                .toList();
    }
}
