package id.go.prakerja.incentive;

import static id.go.prakerja.participant.ParticipantDeciderTest.CARD;
import static id.go.prakerja.participant.ParticipantDeciderTest.ID;
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
import id.go.prakerja.participant.ParticipantCommand.ApproveDisbursementRetry;
import id.go.prakerja.participant.ParticipantCommand.RecordDisbursementResult;
import id.go.prakerja.participant.ParticipantCommand.RecordReversal;
import id.go.prakerja.participant.ParticipantCommand.RequestDisbursement;
import id.go.prakerja.participant.ParticipantCommand.ReviewTraining;
import id.go.prakerja.participant.ParticipantCommand.RevokeParticipation;
import id.go.prakerja.participant.ParticipantCommand.SetPayoutAccount;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRetryApproved;
import id.go.prakerja.participant.ParticipantEvent.DuplicatePaymentReported;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PaymentReversed;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvolution;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.participant.PayoutProvider;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.participant.TrainingOffer;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.testing.Deciders;
import id.go.prakerja.training.PurchaseDeciderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Incentives: given events, when a command, then events or broken rules. */
class IncentiveDeciderTest {

    private static final UUID PURCHASE = UUID.fromString("b0000000-0000-4000-8000-000000000001");
    private static final TrainingOffer OFFER = PurchaseDeciderTest.offer(350_000, true);
    private static final Instant AT = CARD.issuedAt().plus(Duration.ofDays(10));
    private static final PayoutProvider BNI = new PayoutProvider("BNI", PayoutAccount.Type.BANK, "\\d{10}");
    private static final PayoutAccount ACCOUNT =
            new PayoutAccount(PayoutAccount.Type.BANK, "BNI", "0123456789", "SITI RAHMAWATI");
    private static final PayoutAccountSet ACCOUNT_SET = new PayoutAccountSet(ACCOUNT, AT);
    private static final TrainingReviewed REVIEWED = new TrainingReviewed(PURCHASE, OFFER.trainingId(), 5, "Bagus", AT);

    private static List<ParticipantEvent> certified() {
        return new ArrayList<>(List.of(
                REGISTERED,
                TOKEN,
                VERIFIED,
                PROFILE,
                PASSED,
                REQUESTED,
                IDENTITY,
                JOINED,
                CARD,
                new TrainingPurchased(PURCHASE, OFFER, "V", 650_000, AT),
                new TrainingCompleted(PURCHASE, OFFER.trainingId(), AT),
                new CertificateIssued(PURCHASE, OFFER.trainingId(), "PKJ-X", AT)));
    }

    private static Decision<ParticipantEvent> given(
            ProgramRules rules, List<ParticipantEvent> history, ParticipantCommand command) {
        var state = ParticipantState.INITIAL;
        for (var event : history) {
            state = ParticipantEvolution.evolve(state, event);
        }
        return Deciders.participant(rules).decide(command, state);
    }

    private static List<ParticipantEvent> scheduled() {
        var history = certified();
        history.add(ACCOUNT_SET);
        history.addAll(events(given(RULES, history, new ReviewTraining(PURCHASE, 5, "Bagus", AT))));
        return history;
    }

    @Test
    void theScheduleFollowsTheLastOfCertificateReviewAndAccountInAnyOrder() {
        var reviewedFirst = certified();
        reviewedFirst.add(REVIEWED);
        var decided = events(given(RULES, reviewedFirst, new SetPayoutAccount(ACCOUNT, BNI, AT)));
        assertThat(decided).hasSize(2).first().isEqualTo(ACCOUNT_SET);
        var schedule = (IncentiveScheduled) decided.get(1);
        assertThat(schedule.installments())
                .hasSize(4)
                .allSatisfy(i -> assertThat(i.amount()).isEqualTo(600_000));
        assertThat(schedule.installments().get(0).dueAt()).isEqualTo(AT);
        assertThat(schedule.installments().get(1).dueAt())
                .isEqualTo(AT.atZone(java.time.ZoneId.of("Asia/Jakarta"))
                        .plusMonths(1)
                        .toInstant());

        var accountFirst = certified();
        accountFirst.add(ACCOUNT_SET);
        assertThat(events(given(RULES, accountFirst, new ReviewTraining(PURCHASE, 5, "Bagus", AT))))
                .hasSize(2)
                .last()
                .isInstanceOf(IncentiveScheduled.class);
    }

    @Test
    void theTwentyTwentyThreeSchemePaysOnceByConfigurationAlone() {
        var normal2023 = new ProgramRules(
                RULES.minimumAge(),
                RULES.maximumAge(),
                RULES.excludedSocialAid(),
                RULES.excludedOccupations(),
                RULES.maxParticipantsPerFamilyCard(),
                RULES.emailTokenValidity(),
                RULES.basicTestPassScore(),
                RULES.basicTestMaxAttempts(),
                "normal-2023",
                3_500_000,
                Duration.ofDays(15),
                Duration.ofDays(7),
                Duration.ofDays(30),
                true,
                false,
                600_000,
                1,
                Duration.ofDays(60));
        var history = certified();
        history.add(ACCOUNT_SET);
        var schedule =
                (IncentiveScheduled) events(given(normal2023, history, new ReviewTraining(PURCHASE, 4, "Oke", AT)))
                        .get(1);
        assertThat(schedule.installments())
                .singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualTo(600_000));
    }

    @Test
    void theAccountMustBeInTheParticipantsOwnNameAndOfTheProvidersFormat() {
        var wrong = new PayoutAccount(PayoutAccount.Type.EWALLET, "BNI", "12345", "Budi Santoso");
        assertThat(rules(given(RULES, certified(), new SetPayoutAccount(wrong, BNI, AT))))
                .containsExactly("PAYOUT_TYPE_MISMATCH", "ACCOUNT_NUMBER_FORMAT", "ACCOUNT_HOLDER_MISMATCH");
        var sameNameOtherCase = new PayoutAccount(PayoutAccount.Type.BANK, "BNI", "0123456789", "siti  rahmawati.");
        assertThat(events(given(RULES, certified(), new SetPayoutAccount(sameNameOtherCase, BNI, AT))))
                .hasSize(1);
        assertThat(rules(given(RULES, certified(), new SetPayoutAccount(ACCOUNT, null, AT))))
                .containsExactly("PAYOUT_PROVIDER_UNKNOWN");
    }

    @Test
    void anInstallmentIsRequestedOnceWhenDueWithADeterministicId() {
        var history = scheduled();
        assertThat(events(given(RULES, history, new RequestDisbursement(2, AT))))
                .as("not yet due")
                .isEmpty();
        var requested = events(given(RULES, history, new RequestDisbursement(1, AT)));
        var expectedId = IncentiveRules.disbursementId(ID, 1, 1);
        assertThat(requested).containsExactly(new DisbursementRequested(expectedId, 1, 1, 600_000, ACCOUNT, AT));
        history.addAll(requested);
        assertThat(events(given(RULES, history, new RequestDisbursement(1, AT))))
                .as("requested already")
                .isEmpty();
    }

    @Test
    void aRepeatedPaidChangesNothingAndTheLastPaymentFinishesTheJourney() {
        var history = scheduled();
        var id = IncentiveRules.disbursementId(ID, 1, 1);
        history.addAll(events(given(RULES, history, new RequestDisbursement(1, AT))));
        var paid = events(given(RULES, history, new RecordDisbursementResult(id, true, null, "TRX1", AT, AT)));
        assertThat(paid).containsExactly(new IncentivePaid(id, 1, 600_000, "TRX1", AT));
        history.addAll(paid);
        assertThat(events(given(RULES, history, new RecordDisbursementResult(id, true, null, "TRX1", AT, AT))))
                .isEmpty();

        var later = AT.plus(Duration.ofDays(100));
        for (int n = 2; n <= 4; n++) {
            history.addAll(events(given(RULES, history, new RequestDisbursement(n, later))));
            history.addAll(events(given(
                    RULES,
                    history,
                    new RecordDisbursementResult(
                            IncentiveRules.disbursementId(ID, n, 1), true, null, "TRX" + n, later, later))));
        }
        var state = ParticipantState.INITIAL;
        for (var event : history) {
            state = ParticipantEvolution.evolve(state, event);
        }
        assertThat(state.status()).isEqualTo(ParticipantStatus.FINISHED);
    }

    @Test
    void aFailedPaymentIsRequestedAgainOnlyAfterTheAccountChangesUnderANewId() {
        var history = scheduled();
        var first = IncentiveRules.disbursementId(ID, 1, 1);
        history.addAll(events(given(RULES, history, new RequestDisbursement(1, AT))));
        var failed = events(
                given(RULES, history, new RecordDisbursementResult(first, false, "ACCOUNT_CLOSED", null, null, AT)));
        assertThat(failed).containsExactly(new DisbursementFailed(first, 1, "ACCOUNT_CLOSED", AT));
        history.addAll(failed);
        assertThat(events(given(RULES, history, new RequestDisbursement(1, AT))))
                .as("same account")
                .isEmpty();

        var newAccount = new PayoutAccount(PayoutAccount.Type.BANK, "BNI", "9876543210", "Siti Rahmawati");
        history.addAll(events(given(RULES, history, new SetPayoutAccount(newAccount, BNI, AT))));
        var retried = events(given(RULES, history, new RequestDisbursement(1, AT)));
        assertThat(retried)
                .containsExactly(new DisbursementRequested(
                        IncentiveRules.disbursementId(ID, 1, 2), 1, 2, 600_000, newAccount, AT));
    }

    @Test
    void aSecondPaymentIsRecordedAReversalReopensTheInstallmentAndFinanceRetriesAFailure() {
        var history = scheduled();
        var id = IncentiveRules.disbursementId(ID, 1, 1);
        history.addAll(events(given(RULES, history, new RequestDisbursement(1, AT))));
        history.addAll(events(given(RULES, history, new RecordDisbursementResult(id, true, null, "TRX1", AT, AT))));

        var second = events(given(RULES, history, new RecordDisbursementResult(id, true, null, "TRX2", AT, AT)));
        assertThat(second).containsExactly(new DuplicatePaymentReported(id, 1, 600_000, "TRX2", AT));
        history.addAll(second);
        assertThat(events(given(RULES, history, new RecordDisbursementResult(id, true, null, "TRX2", AT, AT))))
                .as("the second payment reported again")
                .isEmpty();

        var recovered = events(given(RULES, history, new RecordReversal(id, "TRX2", "KELEBIHAN_BAYAR", AT)));
        assertThat(recovered).containsExactly(new PaymentReversed(id, 1, "TRX2", true, "KELEBIHAN_BAYAR", AT));
        history.addAll(recovered);
        assertThat(events(given(RULES, history, new RequestDisbursement(1, AT))))
                .as("still paid once the second payment is recovered")
                .isEmpty();

        var reversed = events(given(RULES, history, new RecordReversal(id, "TRX1", "REKENING_DIBEKUKAN", AT)));
        assertThat(reversed).containsExactly(new PaymentReversed(id, 1, "TRX1", false, "REKENING_DIBEKUKAN", AT));
        history.addAll(reversed);
        var requestedAgain = events(given(RULES, history, new RequestDisbursement(1, AT)));
        assertThat(requestedAgain)
                .containsExactly(
                        new DisbursementRequested(IncentiveRules.disbursementId(ID, 1, 2), 1, 2, 600_000, ACCOUNT, AT));
        history.addAll(requestedAgain);

        var second2 = IncentiveRules.disbursementId(ID, 1, 2);
        assertThat(given(RULES, history, new ApproveDisbursementRetry(1, "bank offline", AT)))
                .as("not failed")
                .isEqualTo(Decision.reject(Rule.INSTALLMENT_NOT_FAILED, 1));
        history.addAll(events(
                given(RULES, history, new RecordDisbursementResult(second2, false, "BANK_OFFLINE", null, null, AT))));
        var approved = events(given(RULES, history, new ApproveDisbursementRetry(1, "bank offline", AT)));
        assertThat(approved).containsExactly(new DisbursementRetryApproved(1, "bank offline", AT));
        history.addAll(approved);
        assertThat(events(given(RULES, history, new RequestDisbursement(1, AT))))
                .as("the same account, a new attempt")
                .containsExactly(
                        new DisbursementRequested(IncentiveRules.disbursementId(ID, 1, 3), 1, 3, 600_000, ACCOUNT, AT));
    }

    @Test
    void revocationStopsEveryFutureInstallmentAndRecordsAClawbackForTheIneligible() {
        var history = scheduled();
        var id = IncentiveRules.disbursementId(ID, 1, 1);
        history.addAll(events(given(RULES, history, new RequestDisbursement(1, AT))));
        history.addAll(events(given(RULES, history, new RecordDisbursementResult(id, true, null, "TRX1", AT, AT))));

        var revoked = events(given(RULES, history, new RevokeParticipation("data palsu", true, AT)));
        assertThat(revoked)
                .containsExactly(
                        new ParticipationRevoked("data palsu", List.of(2, 3, 4), AT),
                        new ClawbackRecorded(600_000, AT.plus(Duration.ofDays(60)), AT));
        history.addAll(revoked);
        assertThat(events(given(RULES, history, new RequestDisbursement(2, AT.plus(Duration.ofDays(40))))))
                .isEmpty();
        assertThat(rules(given(RULES, history, new RevokeParticipation("lagi", false, AT))))
                .containsExactly("PARTICIPANT_ALREADY_REVOKED");
    }
}
