package id.go.prakerja.participant;

import java.time.Instant;
import java.util.UUID;

/** One incentive installment in a participant's state. */
public record Installment(int number, Instant dueAt, long amount, Status status, UUID disbursementId, int attempt) {

    /** SCHEDULED and RETRY_READY can be requested; REQUESTED waits for the partner's answer. */
    public enum Status {
        SCHEDULED,
        REQUESTED,
        PAID,
        FAILED,
        RETRY_READY,
        CANCELLED
    }

    Installment with(Status next, UUID disbursement, int attemptNumber) {
        return new Installment(number, dueAt, amount, next, disbursement, attemptNumber);
    }

    public boolean requestable() {
        return status == Status.SCHEDULED || status == Status.RETRY_READY;
    }
}
