package id.go.prakerja.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * A one-time code sent by e-mail (a password reset, an operator's invitation) that names its account, so that the
 * code alone finds the stream whose state holds its digest: {@code <kind>.<account id>.<secret>}.
 */
public record AccountCode(Kind kind, UUID accountId, String secret) {

    public enum Kind {
        PARTICIPANT("p"),
        OPERATOR("o");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public String value() {
        return kind.prefix + "." + accountId + "." + secret;
    }

    /** The digest the account's stream keeps; the secret is never stored. */
    public String digest() {
        return Secrets.digest(secret);
    }

    /** Empty when {@code value} is not a code of this shape. */
    public static Optional<AccountCode> parse(String value) {
        var parts = value == null ? new String[0] : value.split("\\.", 3);
        if (parts.length != 3 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        for (var kind : Kind.values()) {
            if (kind.prefix.equals(parts[0])) {
                try {
                    return Optional.of(new AccountCode(kind, UUID.fromString(parts[1]), parts[2]));
                } catch (IllegalArgumentException notAUuid) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
