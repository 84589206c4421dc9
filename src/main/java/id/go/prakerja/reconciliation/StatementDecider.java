package id.go.prakerja.reconciliation;

import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;

/**
 * A statement is imported once: its id comes from the file's digest, so the same file sent again is refused. What it
 * says is recorded as it is; matching it against the disbursements is the report's work and changes no balance.
 */
public final class StatementDecider {

    /** Whether the statement was imported. */
    public record State(boolean imported) {}

    public static final State INITIAL = new State(false);

    private StatementDecider() {}

    public static Decision<StatementEvent> decide(StatementCommand command, State state) {
        if (state.imported()) {
            return Decision.reject(Rule.STATEMENT_ALREADY_IMPORTED);
        }
        if (command.lines().isEmpty()) {
            return Decision.reject(Rule.STATEMENT_EMPTY);
        }
        return Decision.accept(
                new StatementEvent.Imported(command.statementId(), command.digest(), command.lines(), command.now()));
    }

    public static State evolve(State state, StatementEvent event) {
        return new State(true);
    }
}
