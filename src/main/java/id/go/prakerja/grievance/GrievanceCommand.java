package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.platform.command.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What participants, operators and the escalation job ask of a grievance; the service passes {@code now}. */
public sealed interface GrievanceCommand extends Command {

    /** The category's terms as configured when it is filed; null when no category has that name. */
    record Terms(String team, Duration serviceLevel, boolean sensitive, boolean anonymous) {}

    /** The participant's purchases and scheduled installments, which a grievance may be about. */
    record Own(Set<UUID> purchases, Set<Integer> installments) {

        public static final Own NOTHING = new Own(Set.of(), Set.of());
    }

    /** {@code participantId} null: filed by someone who did not sign in, who owns {@link Own#NOTHING}. */
    record File(
            UUID grievanceId,
            UUID participantId,
            String category,
            Terms terms,
            String text,
            UUID purchaseId,
            Integer installment,
            Own own,
            Instant now)
            implements GrievanceCommand {}

    record Assign(UUID operatorId, Instant now) implements GrievanceCommand {}

    record Reply(Author author, String text, boolean awaitParticipant, Instant now) implements GrievanceCommand {}

    record Escalate(Instant now) implements GrievanceCommand {}

    record Resolve(String resolution, Instant now) implements GrievanceCommand {}

    record Close(Instant now) implements GrievanceCommand {}

    record Cancel(Instant now) implements GrievanceCommand {}
}
