package id.go.prakerja.operator;

import id.go.prakerja.operator.OperatorCommand.Bootstrap;
import id.go.prakerja.operator.OperatorCommand.ChangeRoles;
import id.go.prakerja.operator.OperatorCommand.Disable;
import id.go.prakerja.operator.OperatorCommand.Enable;
import id.go.prakerja.operator.OperatorCommand.Invite;
import id.go.prakerja.operator.OperatorCommand.IssuePasswordReset;
import id.go.prakerja.operator.OperatorCommand.SetPassword;
import id.go.prakerja.operator.OperatorEvent.Disabled;
import id.go.prakerja.operator.OperatorEvent.Enabled;
import id.go.prakerja.operator.OperatorEvent.OperatorCreated;
import id.go.prakerja.operator.OperatorEvent.PasswordCodeIssued;
import id.go.prakerja.operator.OperatorEvent.PasswordSet;
import id.go.prakerja.operator.OperatorEvent.RolesChanged;
import id.go.prakerja.platform.command.Decider;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.platform.security.Secrets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The rules of operator accounts. Pure: codes arrive as digests, passwords as hashes, the time in the command. */
public final class OperatorDecider implements Decider<OperatorCommand, OperatorEvent, OperatorState> {

    private final Duration invitationValidity;
    private final Duration resetValidity;

    public OperatorDecider(Duration invitationValidity, Duration resetValidity) {
        this.invitationValidity = invitationValidity;
        this.resetValidity = resetValidity;
    }

    @Override
    public OperatorState initialState() {
        return OperatorState.INITIAL;
    }

    @Override
    public Decision<OperatorEvent> decide(OperatorCommand command, OperatorState state) {
        if (command instanceof Invite invite) {
            return state.exists()
                    ? Decision.reject(Rule.OPERATOR_EXISTS)
                    : rolesRule(invite.roles())
                            .orElse(Decision.accept(
                                    new OperatorCreated(
                                            invite.operatorId(), invite.email(), invite.roles(), invite.now()),
                                    new PasswordCodeIssued(
                                            invite.tokenHash(), invite.now().plus(invitationValidity), invite.now())));
        }
        if (command instanceof Bootstrap bootstrap) {
            return state.exists()
                    ? Decision.reject(Rule.OPERATOR_EXISTS)
                    : Decision.accept(
                            new OperatorCreated(
                                    bootstrap.operatorId(), bootstrap.email(), List.of(Roles.ADMIN), bootstrap.now()),
                            new PasswordSet(bootstrap.passwordHash(), bootstrap.now()));
        }
        if (!state.exists()) {
            return Decision.reject(Rule.OPERATOR_NOT_FOUND);
        }
        if (command instanceof IssuePasswordReset reset) {
            return state.disabled()
                    ? Decision.reject(Rule.OPERATOR_DISABLED)
                    : Decision.accept(new PasswordCodeIssued(
                            reset.tokenHash(), reset.now().plus(resetValidity), reset.now()));
        }
        if (command instanceof SetPassword set) {
            return setPassword(set, state);
        }
        if (command instanceof ChangeRoles change) {
            if (isLastAdmin(state, change.otherAdmins()) && !change.roles().contains(Roles.ADMIN)) {
                return Decision.reject(Rule.LAST_ADMIN);
            }
            return rolesRule(change.roles()).orElse(Decision.accept(new RolesChanged(change.roles(), change.now())));
        }
        if (command instanceof Disable disable) {
            if (state.disabled()) {
                return Decision.reject(Rule.OPERATOR_ALREADY_DISABLED);
            }
            return isLastAdmin(state, disable.otherAdmins())
                    ? Decision.reject(Rule.LAST_ADMIN)
                    : Decision.accept(new Disabled(disable.reason(), disable.now()));
        }
        var enable = (Enable) command;
        return state.disabled()
                ? Decision.accept(new Enabled(enable.now()))
                : Decision.reject(Rule.OPERATOR_NOT_DISABLED);
    }

    /** Without an enabled admin no one could manage operators any more: the last one stays. */
    private static boolean isLastAdmin(OperatorState state, int otherAdmins) {
        return !state.disabled() && state.roles().contains(Roles.ADMIN) && otherAdmins == 0;
    }

    private static Decision<OperatorEvent> setPassword(SetPassword set, OperatorState state) {
        if (state.disabled()) {
            return Decision.reject(Rule.OPERATOR_DISABLED);
        }
        if (!Secrets.sameDigest(state.codeHash(), set.tokenHash())) {
            return Decision.reject(Rule.RESET_TOKEN_INVALID);
        }
        if (set.now().isAfter(state.codeExpiresAt())) {
            return Decision.reject(Rule.RESET_TOKEN_EXPIRED);
        }
        return Decision.accept(new PasswordSet(set.passwordHash(), set.now()));
    }

    private static Optional<Decision<OperatorEvent>> rolesRule(List<String> roles) {
        if (roles.isEmpty()) {
            return Optional.of(Decision.reject(Rule.ROLES_REQUIRED));
        }
        return roles.stream().allMatch(Roles::isOperatorRole)
                ? Optional.empty()
                : Optional.of(Decision.reject(Rule.ROLE_UNKNOWN));
    }

    @Override
    public OperatorState evolve(OperatorState state, OperatorEvent event) {
        if (event instanceof OperatorCreated created) {
            return new OperatorState(created.operatorId(), created.email(), created.roles(), null, null, null, false);
        }
        if (event instanceof PasswordCodeIssued issued) {
            return state.withCode(issued.tokenHash(), issued.expiresAt());
        }
        if (event instanceof PasswordSet set) {
            return state.withPassword(set.passwordHash());
        }
        if (event instanceof RolesChanged changed) {
            return state.withRoles(changed.roles());
        }
        return state.withDisabled(event instanceof Disabled);
    }
}
