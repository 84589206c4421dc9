package id.go.prakerja.training;

import id.go.prakerja.participant.ParticipantCommand.CancelPurchase;
import id.go.prakerja.participant.ParticipantCommand.PurchaseTraining;
import id.go.prakerja.participant.ParticipantCommand.RecordTrainingProgress;
import id.go.prakerja.participant.ParticipantCommand.ReviewTraining;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvolution;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.participant.ProgressKind;
import id.go.prakerja.participant.Purchase;
import id.go.prakerja.participant.Rupiah;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Buying a training with the card's balance, cancelling it, the platform's progress reports and the review. */
@Singleton
public final class TrainingRules implements ParticipantRules {

    private final ProgramRules rules;

    @Inject
    public TrainingRules(ProgramConfig program) {
        this(program.rules());
    }

    public TrainingRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(PurchaseTraining.class, this::purchase)
                .judge(CancelPurchase.class, this::cancel)
                .judge(RecordTrainingProgress.class, this::recordProgress)
                .judge(ReviewTraining.class, this::review);
    }

    private Decision<ParticipantEvent> purchase(PurchaseTraining purchase, ParticipantState state) {
        if (state.purchases().containsKey(purchase.purchaseId())) {
            return Decision.accept(List.of());
        }
        if (!state.status().cardActive()) {
            return Decision.reject(Rule.CARD_NOT_ACTIVE, state.status());
        }
        var training = purchase.training();
        if (!training.published()) {
            return Decision.reject(Rule.TRAINING_NOT_AVAILABLE);
        }
        if (rules.nextPurchaseAfterCompletionOnly() && state.hasActivePurchase()) {
            return Decision.reject(Rule.PREVIOUS_TRAINING_NOT_COMPLETED);
        }
        if (!rules.sameTrainingTwice()
                && state.purchases().values().stream()
                        .anyMatch(p -> p.trainingId().equals(training.trainingId())
                                && p.status() != Purchase.Status.CANCELLED)) {
            return Decision.reject(Rule.TRAINING_ALREADY_PURCHASED);
        }
        if (training.price() > state.balance()) {
            return Decision.reject(
                    Rule.INSUFFICIENT_BALANCE, Rupiah.format(training.price()), Rupiah.format(state.balance()));
        }
        return Decision.accept(new TrainingPurchased(
                purchase.purchaseId(),
                training,
                purchase.voucherCode(),
                state.balance() - training.price(),
                purchase.now()));
    }

    private Decision<ParticipantEvent> cancel(CancelPurchase cancel, ParticipantState state) {
        var purchase = state.purchases().get(cancel.purchaseId());
        if (purchase == null) {
            return Decision.reject(Rule.PURCHASE_NOT_FOUND);
        }
        if (purchase.status() == Purchase.Status.CANCELLED) {
            return Decision.reject(Rule.PURCHASE_ALREADY_CANCELLED);
        }
        if (purchase.status() == Purchase.Status.COMPLETED) {
            return Decision.reject(Rule.TRAINING_ALREADY_COMPLETED);
        }
        if (cancel.now().isAfter(purchase.purchasedAt().plus(rules.refundWindow()))) {
            return Decision.reject(
                    Rule.REFUND_WINDOW_CLOSED, rules.refundWindow().toDays());
        }
        return Decision.accept(new PurchaseCancelled(
                purchase.purchaseId(), purchase.price(), state.balance() + purchase.price(), cancel.now()));
    }

    private Decision<ParticipantEvent> recordProgress(RecordTrainingProgress progress, ParticipantState state) {
        var purchase = state.purchases().get(progress.purchaseId());
        if (purchase == null) {
            return Decision.reject(Rule.PURCHASE_NOT_FOUND);
        }
        if (purchase.status() != Purchase.Status.ACTIVE) {
            // Reports about a cancelled or already completed training change nothing.
            return Decision.accept(List.of());
        }
        if (progress.kind() == ProgressKind.MODULE_COMPLETED
                && (progress.moduleNo() == null
                        || progress.moduleNo() < 1
                        || progress.moduleNo() > purchase.moduleCount())) {
            return Decision.reject(Rule.MODULE_UNKNOWN, progress.moduleNo(), purchase.moduleCount());
        }
        if ((progress.kind() == ProgressKind.MODULE_COMPLETED
                        && purchase.modulesCompleted().contains(progress.moduleNo()))
                || (progress.kind() == ProgressKind.EXAM_PASSED && purchase.examPassed())) {
            return Decision.accept(List.of());
        }
        var events = new ArrayList<ParticipantEvent>();
        events.add(new TrainingProgressRecorded(
                progress.purchaseId(), progress.kind(), progress.moduleNo(), progress.score(), progress.occurredAt()));
        var after =
                ParticipantEvolution.evolve(state, events.get(0)).purchases().get(progress.purchaseId());
        if (after.readyToComplete()) {
            events.add(new TrainingCompleted(progress.purchaseId(), purchase.trainingId(), progress.now()));
            events.add(new CertificateIssued(
                    progress.purchaseId(), purchase.trainingId(), progress.certificateNumber(), progress.now()));
        }
        return Decision.accept(events);
    }

    private Decision<ParticipantEvent> review(ReviewTraining review, ParticipantState state) {
        var purchase = state.purchases().get(review.purchaseId());
        if (purchase == null) {
            return Decision.reject(Rule.PURCHASE_NOT_FOUND);
        }
        if (purchase.status() != Purchase.Status.COMPLETED) {
            return Decision.reject(Rule.TRAINING_NOT_COMPLETED);
        }
        if (purchase.reviewed()) {
            return Decision.reject(Rule.TRAINING_ALREADY_REVIEWED);
        }
        return Decision.accept(new TrainingReviewed(
                review.purchaseId(), purchase.trainingId(), review.rating(), review.review(), review.now()));
    }
}
