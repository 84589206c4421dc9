package id.go.prakerja.profile;

import id.go.prakerja.participant.Profile;
import id.go.prakerja.platform.decision.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The population identity number: province (2), regency (2), district (2), birth date as DDMMYY with 40 added to the
 * day for women, serial (4, from 0001). It has no checksum, so the date part is what can be checked.
 */
public final class Nik {

    public static final int LENGTH = 16;

    private Nik() {}

    /** The rules the number breaks against the declared birth date and sex; empty when it is consistent. */
    public static List<Rule> problems(String nik, LocalDate birthDate, Profile.Sex sex) {
        var problems = new ArrayList<Rule>();
        if (nik == null || nik.length() != LENGTH) {
            problems.add(Rule.NIK_LENGTH);
            return problems;
        }
        if (!nik.chars().allMatch(Character::isDigit)) {
            problems.add(Rule.NIK_DIGITS);
            return problems;
        }
        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yearOfCentury = Integer.parseInt(nik.substring(10, 12));
        int serial = Integer.parseInt(nik.substring(12, 16));
        if (serial == 0) {
            problems.add(Rule.NIK_SERIAL);
        }
        if (birthDate == null || sex == null) {
            return problems;
        }
        int expectedDay = birthDate.getDayOfMonth() + (sex == Profile.Sex.FEMALE ? 40 : 0);
        if (encodedDay != expectedDay
                || month != birthDate.getMonthValue()
                || yearOfCentury != birthDate.getYear() % 100) {
            problems.add(Rule.NIK_BIRTH_DATE_MISMATCH);
        }
        return problems;
    }

    /** The 2-digit province code, used for per-region reporting and quotas. */
    public static String province(String nik) {
        return nik.substring(0, 2);
    }
}
