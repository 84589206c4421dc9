package id.go.prakerja.grievance;

import id.go.prakerja.platform.security.Roles;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is looking at a grievance: its participant sees only their own; support sees what is not sensitive, a
 * registrar what is (fraud reports). To anyone else a grievance does not exist.
 */
public record Viewer(UUID participantId, Set<Boolean> sensitivities) {

    /** The escalation job: it sees every grievance. */
    public static final Viewer SYSTEM = new Viewer(null, Set.of(false, true));

    public static Viewer participant(UUID participantId) {
        return new Viewer(participantId, Set.of(false, true));
    }

    public static Viewer operator(Set<String> roles) {
        var sensitivities = new HashSet<Boolean>();
        if (roles.contains(Roles.SUPPORT)) {
            sensitivities.add(false);
        }
        if (roles.contains(Roles.REGISTRAR)) {
            sensitivities.add(true);
        }
        return new Viewer(null, Set.copyOf(sensitivities));
    }

    public boolean sees(GrievanceState grievance) {
        if (!grievance.exists()) {
            return false;
        }
        return participantId != null
                ? participantId.equals(grievance.participantId())
                : sensitivities.contains(grievance.sensitive());
    }
}
