package id.go.prakerja.operator;

import id.go.prakerja.eventstore.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happens to one operator's account, in the stream {@code operator-<id>}: every role change is an event, so
 * that who could do what, and since when, can be audited. These events stay inside the service.
 */
public sealed interface OperatorEvent {

    @EventType("operator-created.v1")
    record OperatorCreated(UUID operatorId, String email, List<String> roles, Instant createdAt)
            implements OperatorEvent {}

    /** An invitation or a reset: a code whose raw value only the e-mail carries. */
    @EventType("operator-password-code-issued.v1")
    record PasswordCodeIssued(String tokenHash, Instant expiresAt, Instant issuedAt) implements OperatorEvent {}

    @EventType("operator-password-set.v1")
    record PasswordSet(String passwordHash, Instant setAt) implements OperatorEvent {}

    @EventType("operator-roles-changed.v1")
    record RolesChanged(List<String> roles, Instant changedAt) implements OperatorEvent {}

    @EventType("operator-disabled.v1")
    record Disabled(String reason, Instant disabledAt) implements OperatorEvent {}

    @EventType("operator-enabled.v1")
    record Enabled(Instant enabledAt) implements OperatorEvent {}
}
