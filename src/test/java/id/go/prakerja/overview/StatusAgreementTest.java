package id.go.prakerja.overview;

import static id.go.prakerja.participant.ParticipantDeciderTest.BATCH;
import static id.go.prakerja.participant.ParticipantDeciderTest.ID;
import static id.go.prakerja.participant.ParticipantDeciderTest.RULES;
import static id.go.prakerja.participant.ParticipantDeciderTest.T0;
import static id.go.prakerja.participant.ParticipantDeciderTest.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.incentive.IncentiveRules;
import id.go.prakerja.participant.Installment;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.CancelPurchase;
import id.go.prakerja.participant.ParticipantCommand.CompleteProfile;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantCommand.IssueCard;
import id.go.prakerja.participant.ParticipantCommand.JoinBatch;
import id.go.prakerja.participant.ParticipantCommand.MarkNotSelected;
import id.go.prakerja.participant.ParticipantCommand.PurchaseTraining;
import id.go.prakerja.participant.ParticipantCommand.RecordDisbursementResult;
import id.go.prakerja.participant.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.participant.ParticipantCommand.RecordTrainingProgress;
import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.participant.ParticipantCommand.RemindPurchaseDeadline;
import id.go.prakerja.participant.ParticipantCommand.RequestDisbursement;
import id.go.prakerja.participant.ParticipantCommand.RequestIdentityVerification;
import id.go.prakerja.participant.ParticipantCommand.ReviewTraining;
import id.go.prakerja.participant.ParticipantCommand.RevokeParticipation;
import id.go.prakerja.participant.ParticipantCommand.RevokeUnusedCard;
import id.go.prakerja.participant.ParticipantCommand.SetPayoutAccount;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantCommand.Unfreeze;
import id.go.prakerja.participant.ParticipantCommand.VerifyEmail;
import id.go.prakerja.participant.ParticipantDecider;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.participant.PayoutProvider;
import id.go.prakerja.participant.ProgressKind;
import id.go.prakerja.participant.Purchase;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.testing.Deciders;
import id.go.prakerja.training.PurchaseDeciderTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The decider's state and the overview's row take their status from one machine; this walks random journeys, made
 * of whatever commands the rules accept, and checks after every event that both stand at the same place and that the
 * timeline can say what happened.
 */
class StatusAgreementTest {

    private static final ParticipantDecider DECIDER = Deciders.participant(RULES);
    private static final PayoutProvider BNI = new PayoutProvider("BNI", PayoutAccount.Type.BANK, "\\d{10}");
    private static final int STEPS = 5_000;

    @Test
    void theDecidersStateAndTheOverviewRowAgreeOnTheStatusAfterEveryEvent() {
        var reached = new HashSet<Class<?>>();
        new Random(20261202).longs(200).forEach(seed -> walk(seed, reached, false, false));
        // Walks that also reset passwords now and then; the 200 above stay the walks they always were.
        new Random(20261203).longs(40).forEach(seed -> walk(seed, reached, true, false));
        // And walks in which the participant uses their privacy rights: consent, erasure asked, declined, done.
        new Random(20261204).longs(40).forEach(seed -> walk(seed, reached, false, true));
        // And walks in which the payment partner corrects itself (a second payment, a reversal) and finance retries.
        new Random(20261205).longs(200).forEach(seed -> walk(seed, reached, false, false, true));
        // The walks are only worth as much as the events they reach: all of them.
        assertThat(reached).containsExactlyInAnyOrder(ParticipantEvent.class.getPermittedSubclasses());
    }

    private static void walk(
            long seed, Set<Class<?>> reachedByAll, boolean withPasswordResets, boolean withPrivacyRights) {
        walk(seed, reachedByAll, withPasswordResets, withPrivacyRights, false);
    }

    private static void walk(
            long seed,
            Set<Class<?>> reachedByAll,
            boolean withPasswordResets,
            boolean withPrivacyRights,
            boolean withCorrections) {
        var random = new Random(seed);
        var state = ParticipantState.INITIAL;
        var row = new OverviewRow(ID);
        var now = T0;
        long version = 0;
        var reached = new ArrayList<String>();
        for (int step = 0; step < STEPS; step++) {
            // Mostly minutes apart, now and then days, so that deadlines and refund windows pass in some journeys only.
            now = now.plus(
                    random.nextInt(30) == 0
                            ? Duration.ofDays(random.nextInt(40))
                            : Duration.ofMinutes(random.nextInt(600)));
            var command = withPrivacyRights && random.nextInt(40) == 0
                    ? privacy(random, now)
                    : withCorrections && random.nextInt(10) == 0
                            ? correction(random, state, now)
                            : next(random, state, now, withPasswordResets);
            if (!(DECIDER.decide(command, state) instanceof Decision.Accepted<?> accepted)) {
                continue;
            }
            for (var event : accepted.events()) {
                var participantEvent = (ParticipantEvent) event;
                state = DECIDER.evolve(state, participantEvent);
                row.apply(participantEvent, ++version, now.atOffset(ZoneOffset.UTC));
                assertThat(row.status)
                        .as("status after %s (seed %d)", reached, seed)
                        .isEqualTo(state.status());
                assertThat(row.statusBeforeFreeze)
                        .as("status under the freeze after %s (seed %d)", reached, seed)
                        .isEqualTo(state.statusBeforeFreeze());
                var summary = TimelineSummaries.of(participantEvent);
                assertThat(List.of(summary.indonesian(), summary.english())).allMatch(text -> !text.isBlank());
                reached.add(participantEvent.getClass().getSimpleName());
                reachedByAll.add(participantEvent.getClass());
            }
        }
    }

    /** Mostly the journey's next step, sometimes anything at all, with arguments taken from where it stands. */
    private static ParticipantCommand next(
            Random random, ParticipantState state, Instant now, boolean withPasswordResets) {
        if (withPasswordResets && random.nextInt(20) == 0) {
            return random.nextBoolean()
                    ? new ParticipantCommand.IssuePasswordReset("reset-digest", now)
                    : new ParticipantCommand.ChangePassword("reset-digest", "new-hash", now);
        }
        List<BiFunction<ParticipantState, Instant, ParticipantCommand>> all = List.of(
                (s, t) -> new Register(ID, "siti@contoh.id", "hash", "digest", "2026-12", t),
                (s, t) -> new VerifyEmail("digest", t),
                (s, t) -> new CompleteProfile(eligible(), random.nextInt(10) == 0, 0, t),
                (s, t) -> new TakeBasicTest(random.nextInt(101), t),
                (s, t) -> new RequestIdentityVerification(new UUID(random.nextLong(), random.nextLong()), "selfie", t),
                (s, t) -> new RecordIdentityVerificationResult(
                        s.pendingVerificationRequest() == null
                                ? new UUID(random.nextLong(), random.nextLong())
                                : s.pendingVerificationRequest(),
                        random.nextInt(4) > 0,
                        true,
                        true,
                        null,
                        t),
                (s, t) -> new JoinBatch(BATCH, true, t),
                (s, t) -> new IssueCard(BATCH, "4000000000000001", t),
                (s, t) -> new MarkNotSelected(BATCH, t),
                (s, t) -> new RemindPurchaseDeadline(t),
                (s, t) -> new RevokeUnusedCard(t),
                (s, t) -> new PurchaseTraining(
                        new UUID(random.nextLong(), random.nextLong()),
                        PurchaseDeciderTest.offer(50_000 + random.nextInt(400_000), true),
                        "V",
                        t),
                (s, t) -> new CancelPurchase(anyPurchase(random, s), t),
                (s, t) -> new RecordTrainingProgress(
                        anyPurchase(random, s),
                        ProgressKind.values()[random.nextInt(ProgressKind.values().length)],
                        1 + random.nextInt(2),
                        80,
                        t,
                        "PKJ-" + random.nextInt(1000),
                        t),
                (s, t) -> new ReviewTraining(anyPurchase(random, s), 5, "Bagus", t),
                (s, t) -> new SetPayoutAccount(
                        new PayoutAccount(
                                PayoutAccount.Type.BANK,
                                "BNI",
                                "0123456789",
                                s.profile() == null ? "X" : s.profile().fullName()),
                        BNI,
                        t),
                (s, t) -> new RequestDisbursement(1 + random.nextInt(4), t.plus(Duration.ofDays(120))),
                (s, t) -> new RecordDisbursementResult(
                        anyDisbursement(random, s), random.nextBoolean(), "REJECTED", "REF", null, t),
                (s, t) -> new Freeze("check", t),
                (s, t) -> new Unfreeze("checked", t),
                (s, t) -> new RevokeParticipation("fraud", random.nextBoolean(), t));
        // Operators' freezes and revocations are rarer, so that most journeys get far.
        int bound = random.nextInt(8) == 0 ? all.size() : all.size() - 3;
        return all.get(random.nextInt(bound)).apply(state, now);
    }

    /** The partner's second payment or reversal, or finance's retry of a failure. */
    private static ParticipantCommand correction(Random random, ParticipantState state, Instant now) {
        return switch (random.nextInt(3)) {
            case 0 ->
                new RecordDisbursementResult(
                        anyDisbursement(random, state), true, null, "REF" + random.nextInt(3), null, now);
            case 1 ->
                new ParticipantCommand.RecordReversal(
                        anyDisbursement(random, state),
                        random.nextBoolean() ? null : "REF" + random.nextInt(3),
                        "REVERSED",
                        now);
            default ->
                new ParticipantCommand.ApproveDisbursementRetry(
                        state.installments().stream()
                                .filter(i -> i.status() == Installment.Status.FAILED)
                                .map(Installment::number)
                                .findFirst()
                                .orElse(1 + random.nextInt(4)),
                        "bank offline",
                        now);
        };
    }

    /** Consent to a newer notice, or an erasure asked for, declined or, rarely, done: the end of the journey. */
    private static ParticipantCommand privacy(Random random, Instant now) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> new ParticipantCommand.AcceptPrivacyNotice("2027-0" + (1 + random.nextInt(9)), now);
            case 2, 3, 4 -> new ParticipantCommand.RequestErasure(now);
            case 5, 6 -> new ParticipantCommand.DeclineErasure("audit in progress", now);
            default -> new ParticipantCommand.ConfirmErasure("asked by the participant", now);
        };
    }

    /** Mostly one the partner was asked for, now and then one it was not. */
    private static UUID anyDisbursement(Random random, ParticipantState state) {
        var requested = state.installments().stream()
                .map(Installment::disbursementId)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        return requested.isEmpty() || random.nextInt(5) == 0
                ? IncentiveRules.disbursementId(ID, 1 + random.nextInt(4), 1 + random.nextInt(2))
                : requested.get(random.nextInt(requested.size()));
    }

    private static UUID anyPurchase(Random random, ParticipantState state) {
        var ids = state.purchases().values().stream()
                .map(Purchase::purchaseId)
                .sorted()
                .toList();
        return ids.isEmpty() ? new UUID(random.nextLong(), random.nextLong()) : ids.get(random.nextInt(ids.size()));
    }
}
