package id.go.prakerja.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.platform.command.EventSwitch;
import id.go.prakerja.testing.Deciders;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reader of the participant's stream is an {@link EventSwitch} that must name each event, so an event added to
 * the stream cannot be forgotten by the decider's state, the status machine, the notifications or the overview row:
 * loading any of them fails until it says what the event means. This proves the switch refuses a gap, and that the
 * participant's readers and its decider load.
 */
class ParticipantEventReadersTest {

    @Test
    void aSwitchThatForgetsAnEventDoesNotBuild() {
        assertThatThrownBy(() -> EventSwitch.<ParticipantEvent, Void, String>over(ParticipantEvent.class, "")
                        .on(Registered.class, (context, registered) -> "registered")
                        .ignore(Frozen.class)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EmailVerified")
                .hasMessageNotContaining("Registered,")
                .hasMessageNotContaining("Frozen");
    }

    @Test
    void theParticipantsReadersNameEveryEvent() {
        var registered = new Registered(ParticipantDeciderTest.ID, "a@b.id", "hash", ParticipantDeciderTest.T0);
        var state = ParticipantEvolution.evolve(ParticipantState.INITIAL, registered);
        assertThat(state.status()).isEqualTo(ParticipantStatus.REGISTERED);
        assertThat(ParticipantNotifications.of(state, List.of(registered), ParticipantDeciderTest.T0))
                .isEmpty();
    }

    @Test
    void everyCommandHasExactlyOneJudge() {
        assertThat(Deciders.participant(ParticipantDeciderTest.RULES)).isNotNull();
        assertThatThrownBy(() -> new ParticipantDecider(List.of(book -> {})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PurchaseTraining");
        assertThatThrownBy(() -> new ParticipantDecider(List.of(
                        new id.go.prakerja.oversight.OversightRules(ParticipantDeciderTest.RULES),
                        new id.go.prakerja.oversight.OversightRules(ParticipantDeciderTest.RULES))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two judges");
    }
}
