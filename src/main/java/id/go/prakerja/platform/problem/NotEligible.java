package id.go.prakerja.platform.problem;

import id.go.prakerja.platform.decision.Violation;
import java.util.List;
import java.util.UUID;

/** The profile was evaluated and the participant recorded as not eligible; the answer lists every failed rule. */
public class NotEligible extends RuntimeException {

    private final UUID participantId;
    private final long version;
    private final transient List<Violation> violations;

    public NotEligible(UUID participantId, long version, List<Violation> violations) {
        super("Participant " + participantId + " is not eligible");
        this.participantId = participantId;
        this.version = version;
        this.violations = List.copyOf(violations);
    }

    public UUID participantId() {
        return participantId;
    }

    public long version() {
        return version;
    }

    public List<Violation> violations() {
        return violations;
    }
}
