package id.go.prakerja.platform.decision;

import java.util.List;

/**
 * A broken programme rule (e.g. {@link Rule#AGE_RANGE}); the arguments fill in its message in the client's language.
 */
public record Violation(Rule rule, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(Rule rule, Object... arguments) {
        return new Violation(rule, List.of(arguments));
    }
}
