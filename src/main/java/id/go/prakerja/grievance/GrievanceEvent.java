package id.go.prakerja.grievance;

import id.go.prakerja.eventstore.EventType;
import id.go.prakerja.eventstore.personal.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * The life of one complaint, in the stream {@code grievance-<id>}. What people wrote is personal data: it may name
 * anyone, quote a NIK or an account, so it is sealed with the grievance's own key.
 */
public sealed interface GrievanceEvent {

    /** Who wrote a message: the participant, an operator, or someone who did not sign in. */
    enum Author {
        PARTICIPANT,
        OPERATOR,
        ANONYMOUS
    }

    @EventType("grievance-filed.v1")
    record Filed(
            UUID grievanceId,
            UUID participantId,
            String category,
            String team,
            boolean sensitive,
            @PersonalData String text,
            UUID purchaseId,
            Integer installment,
            Instant dueAt,
            Instant filedAt)
            implements GrievanceEvent {}

    @EventType("grievance-assigned.v1")
    record Assigned(UUID operatorId, Instant assignedAt) implements GrievanceEvent {}

    @EventType("grievance-replied.v1")
    record Replied(Author author, @PersonalData String text, boolean awaitingParticipant, Instant repliedAt)
            implements GrievanceEvent {}

    @EventType("grievance-escalated.v1")
    record Escalated(Instant dueAt, Instant escalatedAt) implements GrievanceEvent {}

    @EventType("grievance-resolved.v1")
    record Resolved(@PersonalData String resolution, Instant resolvedAt) implements GrievanceEvent {}

    @EventType("grievance-closed.v1")
    record Closed(Instant closedAt) implements GrievanceEvent {}

    @EventType("grievance-cancelled.v1")
    record Cancelled(Instant cancelledAt) implements GrievanceEvent {}
}
