package id.go.prakerja.platform.decision;

import java.util.List;

/** A command was rejected by the rules; it surfaces with every violation listed, its status set by their kinds. */
public class RuleViolated extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolated(List<Violation> violations) {
        super("Rejected: " + violations.stream().map(Violation::rule).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
