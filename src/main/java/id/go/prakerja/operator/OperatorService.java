package id.go.prakerja.operator;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.operator.OperatorEvent.Disabled;
import id.go.prakerja.operator.OperatorEvent.PasswordSet;
import id.go.prakerja.platform.command.Alongside;
import id.go.prakerja.platform.command.CommandPipeline;
import id.go.prakerja.platform.command.CommandPipelines;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Loaded;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.privacy.LookupDigests;
import id.go.prakerja.platform.security.AccountCode;
import id.go.prakerja.platform.security.Secrets;
import id.go.prakerja.platform.security.SecurityConfig;
import id.go.prakerja.platform.security.Sessions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Operator accounts, one stream each. Every append rewrites the account's row in {@code operator_accounts} (the
 * e-mail's uniqueness and the list admins read) and, when the password changes or the account is disabled, ends
 * its sessions, all in the append's transaction.
 */
@ApplicationScoped
public class OperatorService {

    public static final String CATEGORY = "operator";
    private static final Logger LOG = Logger.getLogger(OperatorService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final CommandPipelines pipelines;
    private final CommandPipeline<OperatorCommand, OperatorEvent, OperatorState> pipeline;
    private final Notifications notifications;
    private final Secrets secrets;
    private final DataKeys dataKeys;
    private final Pool pool;
    private final Clock clock;

    public OperatorService(
            CommandPipelines pipelines,
            Notifications notifications,
            Secrets secrets,
            Sessions sessions,
            SecurityConfig security,
            DataKeys dataKeys,
            Pool pool,
            Clock clock) {
        this.pipelines = pipelines;
        this.notifications = notifications;
        this.secrets = secrets;
        this.dataKeys = dataKeys;
        this.pool = pool;
        this.clock = clock;
        Alongside<OperatorEvent, OperatorState> everyAppend = (transaction, outcome, metadata) -> {
            var state = outcome.state();
            var row = transaction
                    .preparedQuery("insert into operator_accounts (operator_id, email, roles, disabled)"
                            + " values ($1, $2, $3, $4) on conflict (operator_id) do update"
                            + " set roles = excluded.roles, disabled = excluded.disabled")
                    .execute(Tuple.of(
                            state.operatorId(), state.email(), state.roles().toArray(String[]::new), state.disabled()));
            return outcome.has(PasswordSet.class) || outcome.has(Disabled.class)
                    ? List.of(row, sessions.revokeAll(transaction, state.operatorId(), outcome.recordedAt()))
                    : List.of(row);
        };
        this.pipeline = pipelines.create(
                CATEGORY,
                OperatorEvent.class,
                new OperatorDecider(security.invitationValidity(), security.resetTokenValidity()),
                everyAppend,
                0);
    }

    public EventTypeRegistry<OperatorEvent> types() {
        return pipeline.types();
    }

    /** Creates an account and e-mails its invitation: a code with which the operator sets their password. */
    public Uni<Outcome<OperatorEvent, OperatorState>> invite(String email, List<String> roles, EventMetadata metadata) {
        var operatorId = UUID.randomUUID();
        var code = new AccountCode(AccountCode.Kind.OPERATOR, operatorId, secrets.newToken());
        var normalised = LookupDigests.normalisedEmail(email);
        // The invitation's address is sealed with the operator's own key, made before the transaction that uses it.
        return dataKeys.create(operatorId)
                .chain(() -> execute(
                        operatorId,
                        new OperatorCommand.Invite(
                                operatorId, normalised, List.copyOf(roles), code.digest(), clock.instant()),
                        metadata,
                        mail(normalised, "OPERATOR_INVITATION", code)))
                .onFailure(OperatorService::isEmailTaken)
                .transform(failure -> new RuleViolated(List.of(Violation.of(Rule.OPERATOR_EMAIL_TAKEN))))
                .invoke(outcome -> LOG.infof("Operator %s invited with roles %s", operatorId, roles));
    }

    /** The first admin, when the deployment names one and no enabled admin exists. */
    public Uni<Boolean> bootstrapAdmin(String email, String password, EventMetadata metadata) {
        return pool.preparedQuery("select exists (select 1 from operator_accounts"
                        + " where 'admin' = any(roles) and not disabled) as present")
                .execute()
                .map(rows -> rows.iterator().next().getBoolean("present"))
                .chain(present -> present
                        ? Uni.createFrom().item(false)
                        : secrets.hashPassword(password).chain(hash -> {
                            var operatorId = UUID.randomUUID();
                            return execute(
                                            operatorId,
                                            new OperatorCommand.Bootstrap(
                                                    operatorId,
                                                    LookupDigests.normalisedEmail(email),
                                                    hash,
                                                    clock.instant()),
                                            metadata,
                                            Alongside.nothing())
                                    .replaceWith(true)
                                    // Another replica, starting at the same time, created it.
                                    .onFailure(OperatorService::isEmailTaken)
                                    .recoverWithItem(false);
                        }));
    }

    public Uni<Outcome<OperatorEvent, OperatorState>> changeRoles(
            UUID operatorId, List<String> roles, EventMetadata metadata) {
        return withOtherAdmins(
                operatorId,
                others -> new OperatorCommand.ChangeRoles(List.copyOf(roles), others, clock.instant()),
                metadata);
    }

    public Uni<Outcome<OperatorEvent, OperatorState>> disable(UUID operatorId, String reason, EventMetadata metadata) {
        return withOtherAdmins(
                operatorId, others -> new OperatorCommand.Disable(reason, others, clock.instant()), metadata);
    }

    /**
     * Counts the other enabled admins with their rows locked, so that two admins taking each other's role at once
     * cannot leave none.
     */
    private Uni<Outcome<OperatorEvent, OperatorState>> withOtherAdmins(
            UUID operatorId, java.util.function.IntFunction<OperatorCommand> command, EventMetadata metadata) {
        return pipelines.inTransaction(transaction -> transaction
                .preparedQuery("select operator_id from operator_accounts where 'admin' = any(roles) and not disabled"
                        + " order by operator_id for update")
                .execute()
                .chain(admins -> {
                    int others = 0;
                    for (var row : admins) {
                        others += operatorId.equals(row.getUUID("operator_id")) ? 0 : 1;
                    }
                    return pipeline.handle(
                            transaction, operatorId, command.apply(others), metadata, none(), IfMatch.ANY);
                }));
    }

    public Uni<Outcome<OperatorEvent, OperatorState>> enable(UUID operatorId, EventMetadata metadata) {
        return execute(operatorId, new OperatorCommand.Enable(clock.instant()), metadata, none());
    }

    /** E-mails a reset code to the operator. */
    public Uni<Outcome<OperatorEvent, OperatorState>> issuePasswordReset(OperatorState operator, EventMetadata md) {
        var code = new AccountCode(AccountCode.Kind.OPERATOR, operator.operatorId(), secrets.newToken());
        return execute(
                operator.operatorId(),
                new OperatorCommand.IssuePasswordReset(code.digest(), clock.instant()),
                md,
                mail(operator.email(), "PASSWORD_RESET", code));
    }

    /** Sets the password a code allows; the account's sessions end with the old one. */
    public Uni<Outcome<OperatorEvent, OperatorState>> setPassword(
            AccountCode code, String passwordHash, EventMetadata metadata) {
        return execute(
                code.accountId(),
                new OperatorCommand.SetPassword(code.digest(), passwordHash, clock.instant()),
                metadata,
                none());
    }

    public Uni<Loaded<OperatorState>> load(UUID operatorId) {
        return pipeline.load(pool, operatorId);
    }

    /** The account signing in with {@code email}, if an operator has it. */
    public Uni<Optional<OperatorState>> findByEmail(String email) {
        return pool.preparedQuery("select operator_id from operator_accounts where email = $1")
                .execute(Tuple.of(LookupDigests.normalisedEmail(email)))
                .chain(rows -> rows.size() == 0
                        ? Uni.createFrom().item(Optional.<OperatorState>empty())
                        : load(rows.iterator().next().getUUID("operator_id"))
                                .map(loaded -> Optional.of(loaded.state())));
    }

    /** Every operator account, for admins and auditors. */
    public Uni<List<OperatorAccount>> list() {
        return pool.preparedQuery("select operator_id, email, roles, disabled from operator_accounts order by email")
                .execute()
                .map(rows -> {
                    var accounts = new java.util.ArrayList<OperatorAccount>();
                    rows.forEach(row -> accounts.add(new OperatorAccount(
                            row.getUUID("operator_id"),
                            row.getString("email"),
                            List.of(row.getArrayOfStrings("roles")),
                            row.getBoolean("disabled"))));
                    return accounts;
                });
    }

    /** An operator account as admins see it: never its password hash or codes. */
    public record OperatorAccount(UUID operatorId, String email, List<String> roles, boolean disabled) {

        static OperatorAccount of(OperatorState state) {
            return new OperatorAccount(state.operatorId(), state.email(), state.roles(), state.disabled());
        }
    }

    private Uni<Outcome<OperatorEvent, OperatorState>> execute(
            UUID operatorId,
            OperatorCommand command,
            EventMetadata metadata,
            Alongside<OperatorEvent, OperatorState> alongside) {
        return pipelines.inTransaction(
                transaction -> pipeline.handle(transaction, operatorId, command, metadata, alongside, IfMatch.ANY));
    }

    private Alongside<OperatorEvent, OperatorState> mail(String email, String template, AccountCode code) {
        return (transaction, outcome, metadata) -> List.of(notifications.request(
                transaction,
                List.of(NotificationRequested.email(
                        outcome.id(), email, template, Map.of("token", code.value()), outcome.recordedAt())),
                metadata));
    }

    private static Alongside<OperatorEvent, OperatorState> none() {
        return Alongside.nothing();
    }

    private static boolean isEmailTaken(Throwable failure) {
        return failure instanceof PgException pg
                && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && "operator_accounts_email_key".equals(pg.getConstraint());
    }
}
