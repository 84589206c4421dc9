package id.go.prakerja.operator;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.operator.OperatorCommand.ChangeRoles;
import id.go.prakerja.operator.OperatorCommand.Disable;
import id.go.prakerja.operator.OperatorCommand.Invite;
import id.go.prakerja.operator.OperatorCommand.SetPassword;
import id.go.prakerja.operator.OperatorEvent.Disabled;
import id.go.prakerja.operator.OperatorEvent.OperatorCreated;
import id.go.prakerja.operator.OperatorEvent.PasswordCodeIssued;
import id.go.prakerja.operator.OperatorEvent.PasswordSet;
import id.go.prakerja.operator.OperatorEvent.RolesChanged;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given the account's events, when a command, then events or the rule it breaks. */
class OperatorDeciderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final UUID ID = UUID.randomUUID();
    private final OperatorDecider decider = new OperatorDecider(Duration.ofDays(3), Duration.ofHours(1));

    @Test
    void anInvitationCreatesTheAccountWithACodeValidForTheInvitationPeriod() {
        assertThat(when(List.of(), new Invite(ID, "a@b.id", List.of("finance"), "digest", NOW)))
                .isEqualTo(Decision.accept(
                        new OperatorCreated(ID, "a@b.id", List.of("finance"), NOW),
                        new PasswordCodeIssued("digest", NOW.plus(Duration.ofDays(3)), NOW)));
    }

    @Test
    void onlyOperatorRolesMayBeGiven() {
        assertThat(when(List.of(), new Invite(ID, "a@b.id", List.of("participant"), "digest", NOW)))
                .isEqualTo(Decision.reject(Rule.ROLE_UNKNOWN));
        assertThat(when(invited(), new ChangeRoles(List.of(), 1, NOW))).isEqualTo(Decision.reject(Rule.ROLES_REQUIRED));
        assertThat(when(invited(), new ChangeRoles(List.of("auditor"), 1, NOW)))
                .isEqualTo(Decision.accept(new RolesChanged(List.of("auditor"), NOW)));
    }

    @Test
    void theInvitationCodeSetsThePasswordOnceAndOnlyBeforeItExpires() {
        assertThat(when(invited(), new SetPassword("digest", "hash", NOW.plusSeconds(60))))
                .isEqualTo(Decision.accept(new PasswordSet("hash", NOW.plusSeconds(60))));
        assertThat(when(invited(), new SetPassword("other", "hash", NOW)))
                .isEqualTo(Decision.reject(Rule.RESET_TOKEN_INVALID));
        assertThat(when(invited(), new SetPassword("digest", "hash", NOW.plus(Duration.ofDays(4)))))
                .isEqualTo(Decision.reject(Rule.RESET_TOKEN_EXPIRED));
        var used = new java.util.ArrayList<>(invited());
        used.add(new PasswordSet("hash", NOW));
        assertThat(when(used, new SetPassword("digest", "again", NOW)))
                .isEqualTo(Decision.reject(Rule.RESET_TOKEN_INVALID));
    }

    @Test
    void aDisabledAccountSetsNoPasswordAndIsNotDisabledTwice() {
        var disabled = new java.util.ArrayList<>(invited());
        disabled.add(new Disabled("left", NOW));
        assertThat(when(disabled, new SetPassword("digest", "hash", NOW)))
                .isEqualTo(Decision.reject(Rule.OPERATOR_DISABLED));
        assertThat(when(disabled, new Disable("again", 1, NOW)))
                .isEqualTo(Decision.reject(Rule.OPERATOR_ALREADY_DISABLED));
    }

    @Test
    void theLastEnabledAdminKeepsTheRoleAndStaysEnabled() {
        var admin = List.<OperatorEvent>of(new OperatorCreated(ID, "a@b.id", List.of("admin"), NOW));
        assertThat(when(admin, new Disable("x", 0, NOW))).isEqualTo(Decision.reject(Rule.LAST_ADMIN));
        assertThat(when(admin, new ChangeRoles(List.of("auditor"), 0, NOW)))
                .isEqualTo(Decision.reject(Rule.LAST_ADMIN));
        assertThat(when(admin, new ChangeRoles(List.of("admin", "auditor"), 0, NOW)))
                .isEqualTo(Decision.accept(new RolesChanged(List.of("admin", "auditor"), NOW)));
        assertThat(when(admin, new Disable("x", 1, NOW))).isEqualTo(Decision.accept(new Disabled("x", NOW)));
    }

    @Test
    void commandsOnAnAccountThatDoesNotExistAreRefused() {
        assertThat(when(List.of(), new Disable("x", 1, NOW))).isEqualTo(Decision.reject(Rule.OPERATOR_NOT_FOUND));
    }

    private static List<OperatorEvent> invited() {
        return List.of(
                new OperatorCreated(ID, "a@b.id", List.of("finance"), NOW),
                new PasswordCodeIssued("digest", NOW.plus(Duration.ofDays(3)), NOW));
    }

    private Decision<OperatorEvent> when(List<OperatorEvent> given, OperatorCommand command) {
        return decider.decide(command, decider.evolveAll(decider.initialState(), given));
    }
}
