package id.go.prakerja.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.batch.BatchCommand.ReceiveApplication;
import id.go.prakerja.batch.BatchCommand.Select;
import id.go.prakerja.batch.BatchEvent.ApplicationReceived;
import id.go.prakerja.batch.BatchEvent.BatchOpened;
import id.go.prakerja.batch.BatchEvent.SelectionMade;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchDeciderTest {

    private static final Instant OPENS = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(7));
    private static final UUID BATCH = UUID.fromString("0b7c8a3e-1111-4a2b-8c3d-9e8f7a6b5c4d");

    private static BatchState given(List<BatchEvent> events) {
        var state = BatchState.INITIAL;
        for (var event : events) {
            state = BatchDecider.evolve(state, event);
        }
        return state;
    }

    private static List<BatchEvent> opened(int quota) {
        return new ArrayList<>(List.of(new BatchOpened(BATCH, "Gelombang 1", quota, OPENS, CLOSES, OPENS)));
    }

    private static SelectionMade selection(Decision<BatchEvent> decision) {
        return (SelectionMade)
                ((Decision.Accepted<BatchEvent>) decision).events().get(0);
    }

    @Test
    void applicationsAreTakenOnlyWhileTheBatchIsOpen() {
        var participant = UUID.randomUUID();
        var inside =
                BatchDecider.decide(new ReceiveApplication(participant, 1, OPENS.plusSeconds(1)), given(opened(2)));
        assertThat(inside).isEqualTo(Decision.accept(new ApplicationReceived(participant, 1, OPENS.plusSeconds(1))));
        assertThat(BatchDecider.decide(new ReceiveApplication(participant, 1, CLOSES), given(opened(2))))
                .isEqualTo(Decision.reject(Rule.BATCH_NOT_OPEN));
        assertThat(BatchDecider.decide(new ReceiveApplication(participant, 1, OPENS.minusSeconds(1)), given(opened(2))))
                .isEqualTo(Decision.reject(Rule.BATCH_NOT_OPEN));
    }

    @Test
    void selectionTakesPriorityGroupsFirstThenEarlierApplicationsUpToTheQuota() {
        var events = opened(2);
        var late = UUID.randomUUID();
        var early = UUID.randomUUID();
        var laidOff = UUID.randomUUID();
        events.add(new ApplicationReceived(early, 1, OPENS.plusSeconds(10)));
        events.add(new ApplicationReceived(late, 1, OPENS.plusSeconds(20)));
        events.add(new ApplicationReceived(laidOff, 0, OPENS.plusSeconds(30)));

        var made = selection(BatchDecider.decide(new Select(42, CLOSES), given(events)));

        assertThat(made.selected()).containsExactly(laidOff, early);
        assertThat(made.notSelected()).containsExactly(late);
        events.add(made);
        assertThat(BatchDecider.decide(new Select(42, CLOSES), given(events)))
                .isEqualTo(Decision.reject(Rule.BATCH_ALREADY_SELECTED));
    }

    @Test
    void tiesAreBrokenBySeedSoTheSameSeedGivesTheSameSelection() {
        var events = opened(5);
        for (int i = 0; i < 20; i++) {
            events.add(new ApplicationReceived(UUID.randomUUID(), 1, OPENS.plusSeconds(1)));
        }
        var first = selection(BatchDecider.decide(new Select(7, CLOSES), given(events)));
        var again = selection(BatchDecider.decide(new Select(7, CLOSES), given(events)));
        assertThat(first.selected()).hasSize(5).isEqualTo(again.selected());
        assertThat(first.notSelected()).hasSize(15);
    }
}
