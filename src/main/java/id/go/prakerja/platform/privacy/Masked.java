package id.go.prakerja.platform.privacy;

/**
 * Personal values as a log may show them: enough to tell two apart when helping someone, never enough to use.
 * {@code 3273••••••••0001} for a NIK, {@code s•••@example.id} for an address.
 */
public final class Masked {

    private static final char DOT = '•';

    private Masked() {}

    /** The first four and last four characters of a number (NIK, KK, account, phone); shorter ones wholly masked. */
    public static String number(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= 8) {
            return String.valueOf(DOT).repeat(value.length());
        }
        return value.substring(0, 4)
                + String.valueOf(DOT).repeat(value.length() - 8)
                + value.substring(value.length() - 4);
    }

    /** The first character of the local part and the whole domain. */
    public static String email(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        if (at <= 0) {
            return String.valueOf(DOT).repeat(3);
        }
        return address.charAt(0) + String.valueOf(DOT).repeat(3) + address.substring(at);
    }
}
