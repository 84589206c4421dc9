package id.go.prakerja.participant;

import id.go.prakerja.platform.decision.Decision;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The rules of one capability over the participant's stream (registration, profile, purchases, incentives …). Each
 * capability names the commands it judges in the {@link Book}; the participant's decider dispatches to them and
 * checks that every command has exactly one judge.
 */
public interface ParticipantRules {

    void register(Book book);

    /** Where a capability's rules are entered. */
    interface Book {

        <C extends ParticipantCommand> Book judge(
                Class<C> command, BiFunction<C, ParticipantState, Decision<ParticipantEvent>> rule);

        /**
         * A policy that looks at the state after every accepted command and may add events of its own, such as the
         * incentive's schedule once a training is certified and reviewed and a payout account exists, in whichever
         * order those happen.
         */
        Book afterEveryCommand(BiFunction<ParticipantState, Instant, List<ParticipantEvent>> policy);
    }
}
