package id.go.prakerja.operator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An operator account as its stream has it. */
public record OperatorState(
        UUID operatorId,
        String email,
        List<String> roles,
        String passwordHash,
        String codeHash,
        Instant codeExpiresAt,
        boolean disabled) {

    public static final OperatorState INITIAL = new OperatorState(null, null, List.of(), null, null, null, false);

    public boolean exists() {
        return operatorId != null;
    }

    OperatorState withRoles(List<String> changed) {
        return new OperatorState(operatorId, email, changed, passwordHash, codeHash, codeExpiresAt, disabled);
    }

    OperatorState withCode(String hash, Instant expiresAt) {
        return new OperatorState(operatorId, email, roles, passwordHash, hash, expiresAt, disabled);
    }

    OperatorState withPassword(String hash) {
        return new OperatorState(operatorId, email, roles, hash, null, null, disabled);
    }

    OperatorState withDisabled(boolean changed) {
        return new OperatorState(operatorId, email, roles, passwordHash, codeHash, codeExpiresAt, changed);
    }
}
