package id.go.prakerja.training;

import static id.go.prakerja.participant.ParticipantDeciderTest.CARD;
import static id.go.prakerja.participant.ParticipantDeciderTest.IDENTITY;
import static id.go.prakerja.participant.ParticipantDeciderTest.JOINED;
import static id.go.prakerja.participant.ParticipantDeciderTest.PASSED;
import static id.go.prakerja.participant.ParticipantDeciderTest.PROFILE;
import static id.go.prakerja.participant.ParticipantDeciderTest.REGISTERED;
import static id.go.prakerja.participant.ParticipantDeciderTest.REQUESTED;
import static id.go.prakerja.participant.ParticipantDeciderTest.RULES;
import static id.go.prakerja.participant.ParticipantDeciderTest.TOKEN;
import static id.go.prakerja.participant.ParticipantDeciderTest.VERIFIED;
import static id.go.prakerja.participant.ParticipantDeciderTest.events;
import static id.go.prakerja.participant.ParticipantDeciderTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.CancelPurchase;
import id.go.prakerja.participant.ParticipantCommand.PurchaseTraining;
import id.go.prakerja.participant.ParticipantCommand.RecordTrainingProgress;
import id.go.prakerja.participant.ParticipantCommand.ReviewTraining;
import id.go.prakerja.participant.ParticipantCommand.RevokeUnusedCard;
import id.go.prakerja.participant.ParticipantDecider;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvolution;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.ProgressKind;
import id.go.prakerja.participant.TrainingOffer;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.testing.Deciders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Purchases, refunds, progress and reviews: given events, when a command, then events or broken rules. */
public class PurchaseDeciderTest {

    private static final ParticipantDecider DECIDER = Deciders.participant(RULES);
    private static final Instant BOUGHT = CARD.issuedAt().plus(Duration.ofDays(3));
    private static final UUID PURCHASE = UUID.fromString("b0000000-0000-4000-8000-000000000001");
    private static final TrainingOffer DESIGN = offer(350_000, true);
    private static final TrainingPurchased PURCHASED =
            new TrainingPurchased(PURCHASE, DESIGN, "VOUCHER234", 650_000, BOUGHT);

    public static TrainingOffer offer(long price, boolean published) {
        return new TrainingOffer(
                UUID.fromString("c0000000-0000-4000-8000-000000000001"),
                "Desain Grafis dengan Canva",
                "TOKOPEDIA",
                "Tokopedia",
                "https://www.tokopedia.com/kartu-prakerja",
                "Studio Kreatif",
                price,
                2,
                "Belajar mandiri",
                "mentor@studio.id",
                published);
    }

    private static List<ParticipantEvent> carded(ParticipantEvent... more) {
        var events = new ArrayList<ParticipantEvent>(
                List.of(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED, REQUESTED, IDENTITY, JOINED, CARD));
        events.addAll(List.of(more));
        return events;
    }

    private static Decision<ParticipantEvent> given(List<ParticipantEvent> history, ParticipantCommand command) {
        var state = ParticipantState.INITIAL;
        for (var event : history) {
            state = ParticipantEvolution.evolve(state, event);
        }
        return DECIDER.decide(command, state);
    }

    private static ParticipantState fold(List<ParticipantEvent> history) {
        var state = ParticipantState.INITIAL;
        for (var event : history) {
            state = ParticipantEvolution.evolve(state, event);
        }
        return state;
    }

    private static RecordTrainingProgress progress(ProgressKind kind, Integer module, Instant at) {
        return new RecordTrainingProgress(PURCHASE, kind, module, null, at, "PKJ-ABCDEFGHJKLMNPQR", at);
    }

    @Test
    void aPurchasePaysTheOfferedPriceFromTheBalance() {
        assertThat(events(given(carded(), new PurchaseTraining(PURCHASE, DESIGN, "VOUCHER234", BOUGHT))))
                .containsExactly(PURCHASED);
        var state = fold(carded(PURCHASED));
        assertThat(state.balance()).isEqualTo(650_000);
        assertThat(state.status()).isEqualTo(ParticipantStatus.TRAINING_PURCHASED);
    }

    @Test
    void aPriceAboveTheBalanceIsRefusedAndTheBalanceNeverGoesNegative() {
        var decision = given(carded(), new PurchaseTraining(PURCHASE, offer(1_000_001, true), "V", BOUGHT));
        assertThat(rules(decision)).containsExactly("INSUFFICIENT_BALANCE");
        assertThat(events(given(carded(), new PurchaseTraining(PURCHASE, offer(1_000_000, true), "V", BOUGHT))))
                .singleElement()
                .satisfies(
                        e -> assertThat(((TrainingPurchased) e).balanceAfter()).isZero());
    }

    @Test
    void aSecondTrainingOnlyAfterTheFirstIsCompletedAndNotAnUnpublishedOne() {
        assertThat(rules(given(
                        carded(PURCHASED), new PurchaseTraining(UUID.randomUUID(), offer(100, true), "V", BOUGHT))))
                .containsExactly("PREVIOUS_TRAINING_NOT_COMPLETED");
        assertThat(rules(given(carded(), new PurchaseTraining(PURCHASE, offer(100, false), "V", BOUGHT))))
                .containsExactly("TRAINING_NOT_AVAILABLE");
    }

    @Test
    void aCancellationWithinTheWindowRefundsInFullOnce() {
        var cancelAt = BOUGHT.plus(Duration.ofDays(30));
        assertThat(events(given(carded(PURCHASED), new CancelPurchase(PURCHASE, cancelAt))))
                .containsExactly(new PurchaseCancelled(PURCHASE, 350_000, 1_000_000, cancelAt));
        var cancelled = carded(PURCHASED, new PurchaseCancelled(PURCHASE, 350_000, 1_000_000, cancelAt));
        assertThat(rules(given(cancelled, new CancelPurchase(PURCHASE, cancelAt))))
                .containsExactly("PURCHASE_ALREADY_CANCELLED");
        assertThat(fold(cancelled).status()).isEqualTo(ParticipantStatus.CARD_ISSUED);
        assertThat(fold(cancelled).balance()).isEqualTo(1_000_000);
    }

    @Test
    void noRefundAfterTheWindowOrOnceCompleted() {
        assertThat(rules(given(
                        carded(PURCHASED),
                        new CancelPurchase(
                                PURCHASE, BOUGHT.plus(Duration.ofDays(30)).plusSeconds(1)))))
                .containsExactly("REFUND_WINDOW_CLOSED");
        var completed = carded(PURCHASED, new TrainingCompleted(PURCHASE, DESIGN.trainingId(), BOUGHT.plusSeconds(60)));
        assertThat(rules(given(completed, new CancelPurchase(PURCHASE, BOUGHT.plusSeconds(90)))))
                .containsExactly("TRAINING_ALREADY_COMPLETED");
    }

    @Test
    void allModulesAndThePassedExamCompleteTheTrainingAndIssueTheCertificate() {
        var at = BOUGHT.plus(Duration.ofDays(2));
        var history = carded(PURCHASED);
        var first = events(given(history, progress(ProgressKind.MODULE_COMPLETED, 1, at)));
        assertThat(first)
                .containsExactly(new TrainingProgressRecorded(PURCHASE, ProgressKind.MODULE_COMPLETED, 1, null, at));
        history.addAll(first);
        assertThat(events(given(history, progress(ProgressKind.MODULE_COMPLETED, 1, at))))
                .as("a repeated module")
                .isEmpty();
        history.addAll(events(given(history, progress(ProgressKind.MODULE_COMPLETED, 2, at))));
        var last = events(given(history, progress(ProgressKind.EXAM_PASSED, null, at)));
        assertThat(last)
                .containsExactly(
                        new TrainingProgressRecorded(PURCHASE, ProgressKind.EXAM_PASSED, null, null, at),
                        new TrainingCompleted(PURCHASE, DESIGN.trainingId(), at),
                        new CertificateIssued(PURCHASE, DESIGN.trainingId(), "PKJ-ABCDEFGHJKLMNPQR", at));
        history.addAll(last);
        assertThat(fold(history).status()).isEqualTo(ParticipantStatus.CERTIFIED);
        assertThat(events(given(history, progress(ProgressKind.TRAINING_COMPLETED, null, at))))
                .isEmpty();
        assertThat(events(given(history, progress(ProgressKind.MODULE_COMPLETED, 3, at))))
                .isEmpty();
    }

    @Test
    void aModuleOutsideTheTrainingIsRefused() {
        assertThat(rules(given(carded(PURCHASED), progress(ProgressKind.MODULE_COMPLETED, 3, BOUGHT))))
                .containsExactly("MODULE_UNKNOWN");
    }

    @Test
    void aCompletedTrainingIsReviewedOnce() {
        var at = BOUGHT.plusSeconds(600);
        assertThat(rules(given(carded(PURCHASED), new ReviewTraining(PURCHASE, 5, "Bagus", at))))
                .containsExactly("TRAINING_NOT_COMPLETED");
        var completed = carded(PURCHASED, new TrainingCompleted(PURCHASE, DESIGN.trainingId(), at));
        var review = events(given(completed, new ReviewTraining(PURCHASE, 5, "Bagus", at)));
        assertThat(review).containsExactly(new TrainingReviewed(PURCHASE, DESIGN.trainingId(), 5, "Bagus", at));
        completed.addAll(review);
        assertThat(rules(given(completed, new ReviewTraining(PURCHASE, 4, "Lagi", at))))
                .containsExactly("TRAINING_ALREADY_REVIEWED");
    }

    @Test
    void theFirstPurchaseMeetsThePurchaseDeadline() {
        assertThat(events(given(
                        carded(PURCHASED),
                        new RevokeUnusedCard(CARD.purchaseDeadline().plusSeconds(1)))))
                .isEmpty();
    }
}
