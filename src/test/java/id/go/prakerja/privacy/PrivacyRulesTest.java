package id.go.prakerja.privacy;

import static id.go.prakerja.participant.ParticipantDeciderTest.REGISTERED;
import static id.go.prakerja.participant.ParticipantDeciderTest.RULES;
import static id.go.prakerja.participant.ParticipantDeciderTest.TOKEN;
import static id.go.prakerja.participant.ParticipantDeciderTest.VERIFIED;
import static id.go.prakerja.participant.ParticipantDeciderTest.events;
import static id.go.prakerja.participant.ParticipantDeciderTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.AcceptPrivacyNotice;
import id.go.prakerja.participant.ParticipantCommand.ConfirmErasure;
import id.go.prakerja.participant.ParticipantCommand.DeclineErasure;
import id.go.prakerja.participant.ParticipantCommand.RequestErasure;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.ErasureDeclined;
import id.go.prakerja.participant.ParticipantEvent.ErasureRequested;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.PersonalDataErased;
import id.go.prakerja.participant.ParticipantEvent.PrivacyNoticeAccepted;
import id.go.prakerja.participant.ParticipantEvent.ScheduledInstallment;
import id.go.prakerja.participant.ParticipantEvolution;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.testing.Deciders;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consent and erasure, as given events, a command, then events or the rule broken. */
class PrivacyRulesTest {

    private static final Instant T1 = Instant.parse("2026-12-02T03:00:00Z");
    private static final ErasureRequested ASKED = new ErasureRequested(T1);
    private static final IncentiveScheduled SCHEDULED = new IncentiveScheduled(
            List.of(
                    new ScheduledInstallment(1, T1, 600_000),
                    new ScheduledInstallment(2, T1.plus(Duration.ofDays(30)), 600_000),
                    new ScheduledInstallment(3, T1.plus(Duration.ofDays(60)), 600_000)),
            T1);

    @Test
    void aNewVersionOfTheNoticeIsRecordedOnceAndTheSameOneNotAgain() {
        assertThat(events(given(List.of(REGISTERED, TOKEN), new AcceptPrivacyNotice("2027-06", T1))))
                .containsExactly(new PrivacyNoticeAccepted("2027-06", T1));
        assertThat(events(given(
                        List.of(REGISTERED, new PrivacyNoticeAccepted("2026-12", T1)),
                        new AcceptPrivacyNotice("2026-12", T1))))
                .isEmpty();
    }

    @Test
    void anErasureIsAskedOnceThenErasedWithTheUnpaidInstallmentsCancelled() {
        var disbursement = UUID.randomUUID();
        var paidOne = List.<ParticipantEvent>of(
                REGISTERED,
                TOKEN,
                VERIFIED,
                SCHEDULED,
                new DisbursementRequested(disbursement, 1, 1, 600_000, null, T1),
                new IncentivePaid(disbursement, 1, 600_000, "REF-1", T1));

        assertThat(events(given(paidOne, new RequestErasure(T1)))).containsExactly(ASKED);
        assertThat(events(given(append(paidOne, ASKED), new RequestErasure(T1))))
                .isEmpty();
        assertThat(events(given(append(paidOne, ASKED), new ConfirmErasure("UU PDP art. 8", T1))))
                .containsExactly(new PersonalDataErased("UU PDP art. 8", List.of(2, 3), T1));
    }

    @Test
    void noErasureUnaskedNorWhileAPaymentIsWithTheBank() {
        assertThat(rules(given(List.of(REGISTERED, TOKEN), new ConfirmErasure("asked by phone", T1))))
                .containsExactly("ERASURE_NOT_REQUESTED");
        assertThat(rules(given(
                        List.of(
                                REGISTERED,
                                SCHEDULED,
                                new DisbursementRequested(UUID.randomUUID(), 1, 1, 600_000, null, T1),
                                ASKED),
                        new ConfirmErasure("asked", T1))))
                .containsExactly("ERASURE_WHILE_DISBURSING");
    }

    @Test
    void aDeclinedErasureCanBeAskedAgain() {
        var declined = new ErasureDeclined("Audit BPK 2026 masih berjalan", T1);
        assertThat(events(given(List.of(REGISTERED, ASKED), new DeclineErasure(declined.reason(), T1))))
                .containsExactly(declined);
        assertThat(rules(given(List.of(REGISTERED, ASKED, declined), new ConfirmErasure("x", T1))))
                .containsExactly("ERASURE_NOT_REQUESTED");
        assertThat(events(given(List.of(REGISTERED, ASKED, declined), new RequestErasure(T1))))
                .containsExactly(ASKED);
    }

    @Test
    void anErasedParticipantTakesNoFurtherStepAndKeepsNothingPersonalInItsState() {
        var erased = List.<ParticipantEvent>of(
                REGISTERED, TOKEN, VERIFIED, ASKED, new PersonalDataErased("asked", List.of(), T1));

        assertThat(rules(given(erased, new TakeBasicTest(90, T1)))).containsExactly("PARTICIPANT_ERASED");
        assertThat(rules(given(erased, new RequestErasure(T1)))).containsExactly("PARTICIPANT_ERASED");
        var state = fold(erased);
        assertThat(state.status()).isEqualTo(ParticipantStatus.ERASED);
        assertThat(state.email()).isNull();
        assertThat(state.credentials().passwordHash()).isNull();
    }

    private static Decision<ParticipantEvent> given(List<ParticipantEvent> history, ParticipantCommand command) {
        return Deciders.participant(RULES).decide(command, fold(history));
    }

    private static ParticipantState fold(List<ParticipantEvent> history) {
        var state = ParticipantState.INITIAL;
        for (var event : history) {
            state = ParticipantEvolution.evolve(state, event);
        }
        return state;
    }

    private static List<ParticipantEvent> append(List<ParticipantEvent> history, ParticipantEvent... more) {
        var all = new java.util.ArrayList<>(history);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
