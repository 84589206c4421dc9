package id.go.prakerja.platform.decision;

import java.util.List;

/** What a decider answers to a command: the events that follow from it, or the rules it breaks. */
public sealed interface Decision<E> {

    record Accepted<E>(List<E> events) implements Decision<E> {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected<E>(List<Violation> violations) implements Decision<E> {
        public Rejected {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("A rejection names at least one broken rule");
            }
            violations = List.copyOf(violations);
        }
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    static <E> Decision<E> accept(List<E> events) {
        return new Accepted<>(events);
    }

    static <E> Decision<E> reject(Rule rule, Object... arguments) {
        return new Rejected<>(List.of(new Violation(rule, List.of(arguments))));
    }

    static <E> Decision<E> reject(List<Violation> violations) {
        return new Rejected<>(violations);
    }
}
