package id.go.prakerja.platform.decision;

import java.util.List;

/**
 * A broken programme rule, by its stable code (e.g. {@code AGE_RANGE}); the arguments fill in its message in the
 * client's language.
 */
public record Violation(String rule, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String rule, Object... arguments) {
        return new Violation(rule, List.of(arguments));
    }
}
