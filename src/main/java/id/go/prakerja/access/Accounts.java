package id.go.prakerja.access;

import id.go.prakerja.operator.OperatorService;
import id.go.prakerja.operator.OperatorState;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.privacy.LookupDigests;
import id.go.prakerja.platform.security.AccountCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds the accounts behind an e-mail address or an id, as their streams have them now. */
@ApplicationScoped
class Accounts {

    private final Pool pool;
    private final ParticipantService participants;
    private final OperatorService operators;
    private final LookupDigests digests;

    Accounts(Pool pool, ParticipantService participants, OperatorService operators, LookupDigests digests) {
        this.pool = pool;
        this.participants = participants;
        this.operators = operators;
        this.digests = digests;
    }

    /** An operator's account first: one address may hold both kinds, and each is tried with the password. */
    Uni<List<Account>> byEmail(String email) {
        var normalised = LookupDigests.normalisedEmail(email);
        return operators
                .findByEmail(normalised)
                .chain(operator -> participantByEmail(normalised).map(participant -> {
                    var accounts = new ArrayList<Account>();
                    operator.map(Accounts::of).ifPresent(accounts::add);
                    participant.ifPresent(accounts::add);
                    return accounts;
                }));
    }

    Uni<Optional<Account>> byId(AccountCode.Kind kind, UUID id) {
        if (kind == AccountCode.Kind.OPERATOR) {
            return operators
                    .load(id)
                    .map(loaded -> Optional.of(loaded.state())
                            .filter(OperatorState::exists)
                            .map(Accounts::of));
        }
        return participants
                .load(pool, id)
                .map(loaded -> Optional.of(loaded.state())
                        .filter(ParticipantState::exists)
                        .map(Accounts::of));
    }

    /** The participant's state, for a password reset. */
    Uni<Optional<ParticipantState>> participantState(String email) {
        return pool.preparedQuery("select participant_id from participant_email_digests where digest = $1")
                .execute(Tuple.of(digests.email(email)))
                .chain(rows -> rows.size() == 0
                        ? Uni.createFrom().item(Optional.<ParticipantState>empty())
                        : participants
                                .load(pool, rows.iterator().next().getUUID("participant_id"))
                                .map(loaded -> Optional.of(loaded.state())));
    }

    private Uni<Optional<Account>> participantByEmail(String email) {
        return participantState(email).map(state -> state.map(Accounts::of));
    }

    private static Account of(ParticipantState state) {
        return Account.participant(
                state.participantId(),
                state.credentials().passwordHash(),
                state.emailVerified(),
                state.privacyNoticeVersion());
    }

    private static Account of(OperatorState state) {
        return Account.operator(state.operatorId(), state.passwordHash(), state.disabled(), state.roles());
    }
}
