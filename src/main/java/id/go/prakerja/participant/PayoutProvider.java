package id.go.prakerja.participant;

/** A bank or e-wallet from the provider table, with the shape its account numbers have. */
public record PayoutProvider(String code, PayoutAccount.Type type, String accountPattern) {

    public boolean accepts(String accountNumber) {
        return accountNumber != null && accountNumber.matches(accountPattern);
    }
}
