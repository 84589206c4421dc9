package id.go.prakerja.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One incentive installment in a participant's state. {@code paidReferences} are the partner's references of the
 * payments it reported for it: the first is the payment, any other a second payment to be recovered.
 */
public record Installment(
        int number,
        Instant dueAt,
        long amount,
        Status status,
        UUID disbursementId,
        int attempt,
        List<String> paidReferences) {

    public Installment {
        paidReferences = List.copyOf(paidReferences);
    }

    Installment(int number, Instant dueAt, long amount) {
        this(number, dueAt, amount, Status.SCHEDULED, null, 0, List.of());
    }

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
        return new Installment(number, dueAt, amount, next, disbursement, attemptNumber, paidReferences);
    }

    /** The same installment with one more payment the partner reported. */
    Installment withPaidReference(String reference) {
        var references = new ArrayList<>(paidReferences);
        references.add(referenceOf(reference));
        return new Installment(number, dueAt, amount, status, disbursementId, attempt, references);
    }

    /** The same installment without a payment the partner took back. */
    Installment withoutPaidReference(String reference) {
        var references = new ArrayList<>(paidReferences);
        references.remove(referenceOf(reference));
        return new Installment(number, dueAt, amount, status, disbursementId, attempt, references);
    }

    /** A payment taken back: a second payment leaves the installment paid; its own payment makes it due again. */
    Installment reversed(boolean secondPayment, String reference) {
        if (secondPayment) {
            return withoutPaidReference(reference);
        }
        var reopened = with(Status.RETRY_READY, disbursementId, attempt);
        return paidReferences.isEmpty() ? reopened : reopened.withoutPaidReference(paidReferences.get(0));
    }

    /** How a reference is kept: a partner that sent none is remembered as having sent an empty one. */
    public static String referenceOf(String reference) {
        return reference == null ? "" : reference;
    }

    public boolean requestable() {
        return status == Status.SCHEDULED || status == Status.RETRY_READY;
    }
}
