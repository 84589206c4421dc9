package id.go.prakerja.access;

import id.go.prakerja.platform.security.AccountCode;
import id.go.prakerja.platform.security.Roles;
import java.util.List;
import java.util.UUID;

/** Who may sign in: a participant (group {@code participant}) or an operator (their roles). */
record Account(
        AccountCode.Kind kind,
        UUID id,
        String passwordHash,
        boolean emailVerified,
        boolean disabled,
        List<String> roles,
        String privacyNoticeVersion) {

    static Account participant(UUID id, String passwordHash, boolean emailVerified, String privacyNoticeVersion) {
        return new Account(
                AccountCode.Kind.PARTICIPANT,
                id,
                passwordHash,
                emailVerified,
                false,
                List.of(Roles.PARTICIPANT),
                privacyNoticeVersion);
    }

    static Account operator(UUID id, String passwordHash, boolean disabled, List<String> roles) {
        return new Account(AccountCode.Kind.OPERATOR, id, passwordHash, true, disabled, roles, null);
    }
}
