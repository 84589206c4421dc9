package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceEvent.Author;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A grievance as its decider sees it, and as its conversation is shown. */
public record GrievanceState(
        UUID grievanceId,
        UUID participantId,
        String category,
        boolean sensitive,
        Status status,
        Instant filedAt,
        Instant dueAt,
        UUID assignedTo,
        List<Message> messages,
        String resolution,
        boolean escalated) {

    /** new → in progress → waiting for participant → escalated → resolved → closed, or cancelled. */
    public enum Status {
        NEW,
        IN_PROGRESS,
        WAITING_FOR_PARTICIPANT,
        ESCALATED,
        RESOLVED,
        CLOSED,
        CANCELLED
    }

    /** One message of the conversation, the complaint itself first. */
    public record Message(Author author, String text, Instant at) {}

    /** Still being worked: it can be replied to, escalated, resolved or cancelled. */
    public static final Set<Status> OPEN =
            Set.of(Status.NEW, Status.IN_PROGRESS, Status.WAITING_FOR_PARTICIPANT, Status.ESCALATED);

    public static final GrievanceState INITIAL =
            new GrievanceState(null, null, null, false, null, null, null, null, List.of(), null, false);

    public boolean exists() {
        return grievanceId != null;
    }

    /** Escalated once: what happens to it later does not make it escalate again. */
    GrievanceState markedEscalated() {
        return new GrievanceState(
                grievanceId,
                participantId,
                category,
                sensitive,
                status,
                filedAt,
                dueAt,
                assignedTo,
                messages,
                resolution,
                true);
    }

    public boolean open() {
        return exists() && OPEN.contains(status);
    }
}
