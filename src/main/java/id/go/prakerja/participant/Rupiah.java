package id.go.prakerja.participant;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as participants read them: {@code Rp 600.000}; rupiah have no minor unit in practice. */
public final class Rupiah {

    /**
     * One per thread, since a {@link NumberFormat} is not thread-safe: made per amount, it was a tenth of a rebuild's
     * allocation.
     */
    private static final ThreadLocal<NumberFormat> DIGITS =
            ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")));

    private Rupiah() {}

    public static String format(long amount) {
        return "Rp " + DIGITS.get().format(amount);
    }
}
