package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceCommand.Assign;
import id.go.prakerja.grievance.GrievanceCommand.Cancel;
import id.go.prakerja.grievance.GrievanceCommand.Close;
import id.go.prakerja.grievance.GrievanceCommand.Escalate;
import id.go.prakerja.grievance.GrievanceCommand.File;
import id.go.prakerja.grievance.GrievanceCommand.Reply;
import id.go.prakerja.grievance.GrievanceCommand.Resolve;
import id.go.prakerja.grievance.GrievanceEvent.Assigned;
import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.grievance.GrievanceEvent.Cancelled;
import id.go.prakerja.grievance.GrievanceEvent.Closed;
import id.go.prakerja.grievance.GrievanceEvent.Escalated;
import id.go.prakerja.grievance.GrievanceEvent.Filed;
import id.go.prakerja.grievance.GrievanceEvent.Replied;
import id.go.prakerja.grievance.GrievanceEvent.Resolved;
import id.go.prakerja.grievance.GrievanceState.Message;
import id.go.prakerja.grievance.GrievanceState.Status;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a grievance. Its service level starts when it is filed; one that is still open past it is escalated
 * once. An operator's reply takes a new grievance into work, and may wait for the participant, whose reply takes it
 * back into work. Resolved, closed and cancelled grievances take no more changes, except a resolved one its closing.
 */
public final class GrievanceDecider {

    private GrievanceDecider() {}

    public static Decision<GrievanceEvent> decide(GrievanceCommand command, GrievanceState state) {
        if (command instanceof File file) {
            return file(file, state);
        }
        if (!state.exists()) {
            return Decision.reject(Rule.GRIEVANCE_NOT_FOUND);
        }
        if (command instanceof Close close) {
            if (state.status() == Status.CLOSED) {
                return Decision.accept(List.of());
            }
            return state.status() == Status.RESOLVED
                    ? Decision.accept(new Closed(close.now()))
                    : Decision.reject(Rule.GRIEVANCE_NOT_RESOLVED);
        }
        if (command instanceof Escalate escalate) {
            // The job may find it twice, or after a resolution: only an open one past its level is escalated, once.
            return state.open() && !state.escalated() && escalate.now().isAfter(state.dueAt())
                    ? Decision.accept(new Escalated(state.dueAt(), escalate.now()))
                    : Decision.accept(List.of());
        }
        if (!state.open()) {
            return Decision.reject(Rule.GRIEVANCE_NOT_OPEN);
        }
        if (command instanceof Assign assign) {
            return assign.operatorId().equals(state.assignedTo())
                    ? Decision.accept(List.of())
                    : Decision.accept(new Assigned(assign.operatorId(), assign.now()));
        }
        if (command instanceof Reply reply) {
            return Decision.accept(new Replied(
                    reply.author(),
                    reply.text(),
                    reply.author() == Author.OPERATOR && reply.awaitParticipant(),
                    reply.now()));
        }
        if (command instanceof Resolve resolve) {
            return Decision.accept(new Resolved(resolve.resolution(), resolve.now()));
        }
        if (command instanceof Cancel cancel) {
            return Decision.accept(new Cancelled(cancel.now()));
        }
        throw new IllegalArgumentException("No rule for " + command.getClass().getSimpleName());
    }

    private static Decision<GrievanceEvent> file(File file, GrievanceState state) {
        if (state.exists()) {
            return Decision.reject(Rule.GRIEVANCE_EXISTS);
        }
        var terms = file.terms();
        if (terms == null) {
            return Decision.reject(Rule.GRIEVANCE_CATEGORY_UNKNOWN);
        }
        if (file.participantId() == null && !terms.anonymous()) {
            return Decision.reject(Rule.GRIEVANCE_ANONYMOUS_NOT_ALLOWED);
        }
        if ((file.purchaseId() != null && !file.own().purchases().contains(file.purchaseId()))
                || (file.installment() != null && !file.own().installments().contains(file.installment()))) {
            return Decision.reject(Rule.GRIEVANCE_LINK_UNKNOWN);
        }
        return Decision.accept(new Filed(
                file.grievanceId(),
                file.participantId(),
                file.category(),
                terms.team(),
                terms.sensitive(),
                file.text(),
                file.purchaseId(),
                file.installment(),
                file.now().plus(terms.serviceLevel()),
                file.now()));
    }

    public static GrievanceState evolve(GrievanceState state, GrievanceEvent event) {
        if (event instanceof Filed filed) {
            var author = filed.participantId() == null ? Author.ANONYMOUS : Author.PARTICIPANT;
            return new GrievanceState(
                    filed.grievanceId(),
                    filed.participantId(),
                    filed.category(),
                    filed.sensitive(),
                    Status.NEW,
                    filed.filedAt(),
                    filed.dueAt(),
                    null,
                    List.of(new Message(author, filed.text(), filed.filedAt())),
                    null,
                    false);
        }
        if (event instanceof Assigned assigned) {
            return with(state, inWork(state.status()), assigned.operatorId(), state.messages(), null);
        }
        if (event instanceof Replied replied) {
            var messages = new ArrayList<>(state.messages());
            messages.add(new Message(replied.author(), replied.text(), replied.repliedAt()));
            Status next;
            if (replied.awaitingParticipant()) {
                next = Status.WAITING_FOR_PARTICIPANT;
            } else if (replied.author() == Author.OPERATOR || state.status() == Status.WAITING_FOR_PARTICIPANT) {
                next = inWork(state.status());
            } else {
                next = state.status();
            }
            return with(state, next, state.assignedTo(), List.copyOf(messages), null);
        }
        if (event instanceof Escalated) {
            return with(state, Status.ESCALATED, state.assignedTo(), state.messages(), null)
                    .markedEscalated();
        }
        if (event instanceof Resolved resolved) {
            return with(state, Status.RESOLVED, state.assignedTo(), state.messages(), resolved.resolution());
        }
        if (event instanceof Closed) {
            return with(state, Status.CLOSED, state.assignedTo(), state.messages(), state.resolution());
        }
        if (event instanceof Cancelled) {
            return with(state, Status.CANCELLED, state.assignedTo(), state.messages(), null);
        }
        throw new IllegalArgumentException("Unknown event " + event.getClass().getSimpleName());
    }

    /** Work on an escalated grievance keeps it escalated: the escalation is what the report counts. */
    private static Status inWork(Status current) {
        return current == Status.ESCALATED ? Status.ESCALATED : Status.IN_PROGRESS;
    }

    private static GrievanceState with(
            GrievanceState state, Status status, java.util.UUID assignedTo, List<Message> messages, String resolution) {
        return new GrievanceState(
                state.grievanceId(),
                state.participantId(),
                state.category(),
                state.sensitive(),
                status,
                state.filedAt(),
                state.dueAt(),
                assignedTo,
                messages,
                resolution,
                state.escalated());
    }
}
