package id.go.prakerja.participant;

import java.text.Normalizer;
import java.util.Locale;

/** Where incentives are paid: a bank account or an e-wallet in the participant's own name. */
public record PayoutAccount(Type type, String provider, String accountNumber, String holderName) {

    public enum Type {
        BANK,
        EWALLET
    }

    /**
     * A name for comparison: accents, punctuation, case and spacing removed, so that "Siti  Rahmawati" and
     * "SITI RAHMAWATI" match while another name does not.
     */
    public static String normalisedName(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
