package id.go.prakerja.platform.command;

import id.go.prakerja.platform.decision.Decision;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The pure rules of one kind of stream: which events a command leads to in a state, and how each event moves the
 * state on. No I/O and no clock: whatever a decision needs from outside comes in the command.
 */
public interface Decider<C extends Command, E, S> {

    /** The state of a stream with no events yet. */
    S initialState();

    Decision<E> decide(C command, S state);

    S evolve(S state, E event);

    default S evolveAll(S state, List<E> events) {
        var evolved = state;
        for (var event : events) {
            evolved = evolve(evolved, event);
        }
        return evolved;
    }

    /** For rules written as static functions. */
    static <C extends Command, E, S> Decider<C, E, S> of(
            S initialState, BiFunction<C, S, Decision<E>> decide, BiFunction<S, E, S> evolve) {
        return new Decider<>() {
            @Override
            public S initialState() {
                return initialState;
            }

            @Override
            public Decision<E> decide(C command, S state) {
                return decide.apply(command, state);
            }

            @Override
            public S evolve(S state, E event) {
                return evolve.apply(state, event);
            }
        };
    }
}
