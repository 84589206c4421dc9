package id.go.prakerja.participant;

import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.platform.command.Decider;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The participant's decider: dispatches each command to the one capability whose rules judge it, after the three
 * rules every command meets: the participant must exist (but to register), an erased participant's journey is over,
 * and a freeze stops what the participant asks ({@link ParticipantCommand.ByParticipant}) while operators, partners
 * and the programme's jobs go on. Pure.
 */
public final class ParticipantDecider implements Decider<ParticipantCommand, ParticipantEvent, ParticipantState> {

    private final Map<Class<?>, BiFunction<ParticipantCommand, ParticipantState, Decision<ParticipantEvent>>> judges =
            new HashMap<>();
    private final List<BiFunction<ParticipantState, Instant, List<ParticipantEvent>>> policies = new ArrayList<>();

    public ParticipantDecider(List<? extends ParticipantRules> capabilities) {
        var book = new ParticipantRules.Book() {
            @Override
            public <C extends ParticipantCommand> ParticipantRules.Book judge(
                    Class<C> command, BiFunction<C, ParticipantState, Decision<ParticipantEvent>> rule) {
                if (judges.put(command, (c, state) -> rule.apply(command.cast(c), state)) != null) {
                    throw new IllegalStateException(command.getSimpleName() + " has two judges");
                }
                return this;
            }

            @Override
            public ParticipantRules.Book afterEveryCommand(
                    BiFunction<ParticipantState, Instant, List<ParticipantEvent>> policy) {
                policies.add(policy);
                return this;
            }
        };
        capabilities.forEach(rules -> rules.register(book));
        var unjudged = commandTypes(ParticipantCommand.class)
                .filter(type -> !judges.containsKey(type))
                .map(Class::getSimpleName)
                .sorted()
                .toList();
        if (!unjudged.isEmpty()) {
            throw new IllegalStateException("No rules judge " + unjudged);
        }
    }

    @Override
    public ParticipantState initialState() {
        return ParticipantState.INITIAL;
    }

    @Override
    public Decision<ParticipantEvent> decide(ParticipantCommand command, ParticipantState state) {
        if (!state.exists() && !(command instanceof Register)) {
            return Decision.reject(Rule.PARTICIPANT_NOT_FOUND);
        }
        if (state.status() == ParticipantStatus.ERASED) {
            return Decision.reject(Rule.PARTICIPANT_ERASED);
        }
        if (state.status() == ParticipantStatus.FROZEN && command instanceof ParticipantCommand.ByParticipant) {
            return Decision.reject(Rule.PARTICIPANT_FROZEN);
        }
        var decision = judges.get(command.getClass()).apply(command, state);
        if (!(decision instanceof Decision.Accepted<ParticipantEvent> accepted)
                || accepted.events().isEmpty()) {
            return decision;
        }
        var events = new ArrayList<>(accepted.events());
        var after = evolveAll(state, events);
        for (var policy : policies) {
            var added = policy.apply(after, command.now());
            events.addAll(added);
            after = evolveAll(after, added);
        }
        return Decision.accept(events);
    }

    @Override
    public ParticipantState evolve(ParticipantState state, ParticipantEvent event) {
        return ParticipantEvolution.evolve(state, event);
    }

    /** The records of a sealed command interface, through the sealed interfaces nested in it. */
    private static Stream<Class<?>> commandTypes(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isInterface() ? commandTypes(type) : Stream.of(type));
    }
}
