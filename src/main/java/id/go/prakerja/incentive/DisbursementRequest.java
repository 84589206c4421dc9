package id.go.prakerja.incentive;

import java.util.UUID;

/**
 * What the bank or e-wallet gets on {@code prakerja.disbursement-requests.v1}, which only it may read: one
 * installment to pay into the participant's own account; the partner deduplicates by {@code disbursementId}
 * (schema v1).
 */
public record DisbursementRequest(
        UUID disbursementId, UUID participantId, int installment, long amount, String currency, Account account) {

    /** The account to pay into, in the participant's own name. */
    public record Account(String type, String provider, String accountNumber, String accountHolderName) {}
}
