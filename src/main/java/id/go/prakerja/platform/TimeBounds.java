package id.go.prakerja.platform;

import id.go.prakerja.platform.problem.InvalidParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The bounds of a report's window as operators write them: an ISO-8601 instant ({@code 2026-01-01T00:00:00Z}) or a
 * date ({@code 2026-01-01}), which is the start of that day in the programme's time zone (WIB).
 */
public final class TimeBounds {

    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Jakarta");

    private TimeBounds() {}

    /** A report's {@code from}: the beginning of time when it is not given. */
    public static Instant from(String value) {
        return parse("from", value, Instant.EPOCH);
    }

    /** A report's {@code to}: beyond every record when it is not given. */
    public static Instant to(String value) {
        return parse("to", value, Instant.parse("9999-12-31T00:00:00Z"));
    }

    /** {@code value} read as an instant or a date; {@code absent} when it is not given. */
    public static Instant parse(String parameter, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        var text = value.trim();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(PROGRAMME_ZONE).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, "time");
        }
    }
}
