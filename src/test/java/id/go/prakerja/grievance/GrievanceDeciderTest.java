package id.go.prakerja.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.grievance.GrievanceCommand.Assign;
import id.go.prakerja.grievance.GrievanceCommand.Cancel;
import id.go.prakerja.grievance.GrievanceCommand.Close;
import id.go.prakerja.grievance.GrievanceCommand.Escalate;
import id.go.prakerja.grievance.GrievanceCommand.File;
import id.go.prakerja.grievance.GrievanceCommand.Own;
import id.go.prakerja.grievance.GrievanceCommand.Reply;
import id.go.prakerja.grievance.GrievanceCommand.Resolve;
import id.go.prakerja.grievance.GrievanceCommand.Terms;
import id.go.prakerja.grievance.GrievanceEvent.Assigned;
import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.grievance.GrievanceEvent.Escalated;
import id.go.prakerja.grievance.GrievanceEvent.Filed;
import id.go.prakerja.grievance.GrievanceEvent.Replied;
import id.go.prakerja.grievance.GrievanceEvent.Resolved;
import id.go.prakerja.grievance.GrievanceState.Status;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given the grievance's events, when a command comes, then these events or this rule. */
class GrievanceDeciderTest {

    private static final Instant FILED = Instant.parse("2026-12-01T02:00:00Z");
    private static final UUID GRIEVANCE = UUID.fromString("5f0c1d2e-3333-4a2b-8c3d-9e8f7a6b5c4d");
    private static final UUID PARTICIPANT = UUID.fromString("6a1b2c3d-4444-4a2b-8c3d-9e8f7a6b5c4d");
    private static final UUID OPERATOR = UUID.fromString("7b2c3d4e-5555-4a2b-8c3d-9e8f7a6b5c4d");
    private static final Terms PAYMENTS = new Terms("payments", Duration.ofHours(48), false, false);
    private static final Terms FRAUD = new Terms("fraud", Duration.ofHours(120), true, true);

    private static final Filed FILED_EVENT = new Filed(
            GRIEVANCE,
            PARTICIPANT,
            "INCENTIVE_NOT_RECEIVED",
            "payments",
            false,
            "Insentif bulan kedua belum masuk",
            null,
            2,
            FILED.plus(Duration.ofHours(48)),
            FILED);

    private static GrievanceState given(GrievanceEvent... events) {
        var state = GrievanceState.INITIAL;
        for (var event : events) {
            state = GrievanceDecider.evolve(state, event);
        }
        return state;
    }

    private static Decision<GrievanceEvent> when(GrievanceState state, GrievanceCommand command) {
        return GrievanceDecider.decide(command, state);
    }

    @Test
    void aComplaintIsFiledWithItsCategorysServiceLevel() {
        var file = new File(
                GRIEVANCE,
                PARTICIPANT,
                "INCENTIVE_NOT_RECEIVED",
                PAYMENTS,
                "Insentif bulan kedua belum masuk",
                null,
                2,
                new Own(Set.of(), Set.of(1, 2)),
                FILED);
        assertThat(when(given(), file)).isEqualTo(Decision.accept(FILED_EVENT));
        assertThat(when(given(FILED_EVENT), file)).isEqualTo(Decision.reject(Rule.GRIEVANCE_EXISTS));
    }

    @Test
    void aComplaintMayLinkOnlyThePurchasesAndInstallmentsTheParticipantHas() {
        var purchase = UUID.randomUUID();
        var own = new Own(Set.of(purchase), Set.of(1));
        assertThat(when(given(), new File(GRIEVANCE, PARTICIPANT, "PURCHASE", PAYMENTS, "x", purchase, 1, own, FILED)))
                .isInstanceOf(Decision.Accepted.class);
        assertThat(when(
                        given(),
                        new File(
                                GRIEVANCE,
                                PARTICIPANT,
                                "PURCHASE",
                                PAYMENTS,
                                "x",
                                UUID.randomUUID(),
                                null,
                                own,
                                FILED)))
                .isEqualTo(Decision.reject(Rule.GRIEVANCE_LINK_UNKNOWN));
        assertThat(when(given(), new File(GRIEVANCE, PARTICIPANT, "PURCHASE", PAYMENTS, "x", null, 2, own, FILED)))
                .isEqualTo(Decision.reject(Rule.GRIEVANCE_LINK_UNKNOWN));
    }

    @Test
    void anUnknownCategoryOrAnAnonymousComplaintOutsideFraudIsRefused() {
        assertThat(when(
                        given(),
                        new File(GRIEVANCE, PARTICIPANT, "WEATHER", null, "x", null, null, Own.NOTHING, FILED)))
                .isEqualTo(Decision.reject(Rule.GRIEVANCE_CATEGORY_UNKNOWN));
        assertThat(when(given(), new File(GRIEVANCE, null, "PURCHASE", PAYMENTS, "x", null, null, Own.NOTHING, FILED)))
                .isEqualTo(Decision.reject(Rule.GRIEVANCE_ANONYMOUS_NOT_ALLOWED));
        var report =
                when(given(), new File(GRIEVANCE, null, "FRAUD_REPORT", FRAUD, "Joki", null, null, Own.NOTHING, FILED));
        var filed =
                (Filed) ((Decision.Accepted<GrievanceEvent>) report).events().get(0);
        assertThat(filed.sensitive()).isTrue();
        assertThat(given(filed).messages().get(0).author()).isEqualTo(Author.ANONYMOUS);
    }

    @Test
    void workWaitingForTheParticipantAndTheirReplyMoveTheStatus() {
        var assigned = new Assigned(OPERATOR, FILED.plusSeconds(60));
        assertThat(given(FILED_EVENT, assigned).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(when(given(FILED_EVENT, assigned), new Assign(OPERATOR, FILED.plusSeconds(90))))
                .isEqualTo(Decision.accept(List.of()));

        var asked = when(
                given(FILED_EVENT, assigned),
                new Reply(Author.OPERATOR, "Mohon kirim nomor rekening", true, FILED.plusSeconds(120)));
        var question = new Replied(Author.OPERATOR, "Mohon kirim nomor rekening", true, FILED.plusSeconds(120));
        assertThat(asked).isEqualTo(Decision.accept(question));
        assertThat(given(FILED_EVENT, assigned, question).status()).isEqualTo(Status.WAITING_FOR_PARTICIPANT);

        var answer = new Replied(Author.PARTICIPANT, "Sudah saya kirim", false, FILED.plusSeconds(180));
        var state = given(FILED_EVENT, assigned, question, answer);
        assertThat(state.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(state.messages())
                .extracting(GrievanceState.Message::author)
                .containsExactly(Author.PARTICIPANT, Author.OPERATOR, Author.PARTICIPANT);
    }

    @Test
    void onlyAnOpenGrievancePastItsLevelIsEscalatedAndOnlyOnce() {
        var early = FILED.plus(Duration.ofHours(47));
        var late = FILED.plus(Duration.ofHours(49));
        assertThat(when(given(FILED_EVENT), new Escalate(early))).isEqualTo(Decision.accept(List.of()));
        var escalated = new Escalated(FILED_EVENT.dueAt(), late);
        assertThat(when(given(FILED_EVENT), new Escalate(late))).isEqualTo(Decision.accept(escalated));
        assertThat(when(given(FILED_EVENT, escalated), new Escalate(late.plusSeconds(1))))
                .isEqualTo(Decision.accept(List.of()));
        // Work on an escalated grievance keeps it escalated.
        assertThat(given(FILED_EVENT, escalated, new Assigned(OPERATOR, late)).status())
                .isEqualTo(Status.ESCALATED);
        // An answer that waits for the participant, and their reply, do not make it escalate again.
        var waiting = new Replied(Author.OPERATOR, "Mohon data", true, late);
        var answered = new Replied(Author.PARTICIPANT, "Ini datanya", false, late);
        assertThat(when(given(FILED_EVENT, escalated, waiting, answered), new Escalate(late.plusSeconds(60))))
                .isEqualTo(Decision.accept(List.of()));
        var resolved = new Resolved("Dibayar ulang", late);
        assertThat(when(given(FILED_EVENT, resolved), new Escalate(late))).isEqualTo(Decision.accept(List.of()));
    }

    @Test
    void aResolvedGrievanceTakesOnlyItsClosingAndAClosedOneNothing() {
        var resolved = new Resolved("Dibayar ulang", FILED.plusSeconds(600));
        var state = given(FILED_EVENT, resolved);
        assertThat(state.resolution()).isEqualTo("Dibayar ulang");
        assertThat(when(state, new Reply(Author.PARTICIPANT, "Terima kasih", false, FILED.plusSeconds(700))))
                .isEqualTo(Decision.reject(Rule.GRIEVANCE_NOT_OPEN));
        assertThat(when(state, new Cancel(FILED.plusSeconds(700)))).isEqualTo(Decision.reject(Rule.GRIEVANCE_NOT_OPEN));
        assertThat(when(given(FILED_EVENT), new Close(FILED.plusSeconds(700))))
                .isEqualTo(Decision.reject(Rule.GRIEVANCE_NOT_RESOLVED));
        var closed = new GrievanceEvent.Closed(FILED.plusSeconds(700));
        assertThat(when(state, new Close(FILED.plusSeconds(700)))).isEqualTo(Decision.accept(closed));
        assertThat(when(given(FILED_EVENT, resolved, closed), new Close(FILED.plusSeconds(800))))
                .isEqualTo(Decision.accept(List.of()));
        assertThat(when(given(), new Resolve("x", FILED))).isEqualTo(Decision.reject(Rule.GRIEVANCE_NOT_FOUND));
    }
}
