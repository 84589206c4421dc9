package id.go.prakerja.operator;

import id.go.prakerja.platform.command.Command;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an admin, the start-up or the operator themself asks of an operator account; passwords arrive hashed. */
public sealed interface OperatorCommand extends Command {

    /** A new operator, invited by a code to set their password. */
    record Invite(UUID operatorId, String email, List<String> roles, String tokenHash, Instant now)
            implements OperatorCommand {}

    /** The first admin, whose password comes from the deployment's configuration. */
    record Bootstrap(UUID operatorId, String email, String passwordHash, Instant now) implements OperatorCommand {}

    record IssuePasswordReset(String tokenHash, Instant now) implements OperatorCommand {}

    record SetPassword(String tokenHash, String passwordHash, Instant now) implements OperatorCommand {}

    /** {@code otherAdmins}: the enabled admins besides this account, read under lock in the same transaction. */
    record ChangeRoles(List<String> roles, int otherAdmins, Instant now) implements OperatorCommand {}

    record Disable(String reason, int otherAdmins, Instant now) implements OperatorCommand {}

    record Enable(Instant now) implements OperatorCommand {}
}
