package id.go.prakerja.batch;

/**
 * 16-digit card numbers: the programme prefix, an 11-digit serial from a database sequence, and a Luhn check digit
 * so that a mistyped number is caught before any lookup.
 */
public final class CardNumbers {

    static final String PREFIX = "6280";
    private static final long MAX_SERIAL = 99_999_999_999L;

    private CardNumbers() {}

    public static String of(long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("Card serial out of range: " + serial);
        }
        var body = PREFIX + String.format("%011d", serial);
        return body + luhnCheckDigit(body);
    }

    public static boolean isValid(String cardNumber) {
        return cardNumber != null
                && cardNumber.length() == 16
                && cardNumber.chars().allMatch(Character::isDigit)
                && luhnCheckDigit(cardNumber.substring(0, 15)) == cardNumber.charAt(15) - '0';
    }

    static int luhnCheckDigit(String body) {
        int sum = 0;
        boolean twice = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
