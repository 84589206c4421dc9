package id.go.prakerja.platform.security;

import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B's rules for a chosen password: long enough, not among the commonest, and no composition rules.
 * bcrypt reads only the first 72 bytes, so a longer password is refused rather than silently cut.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** What bcrypt reads of a password. */
    public static final int MAX_BYTES = 72;

    private static final String COMMON_PASSWORDS = "access/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    public PasswordPolicy(SecurityConfig config) {
        this.minLength = config.passwordMinLength();
        this.common = load();
    }

    /** The rules {@code password} breaks; none when it may be used. */
    public List<Violation> check(String password) {
        var violations = new ArrayList<Violation>();
        if (password.codePointCount(0, password.length()) < minLength) {
            violations.add(Violation.of(Rule.PASSWORD_TOO_SHORT, minLength));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(Violation.of(Rule.PASSWORD_TOO_LONG, MAX_BYTES));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.of(Rule.PASSWORD_TOO_COMMON));
        }
        return violations;
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (stream == null) {
            throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the service");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var passwords = new HashSet<String>();
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.trim().toLowerCase(Locale.ROOT)));
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
