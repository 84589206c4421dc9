package id.go.prakerja.oversight;

import static id.go.prakerja.participant.ParticipantStatus.FROZEN;

import id.go.prakerja.participant.Installment;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantCommand.RevokeParticipation;
import id.go.prakerja.participant.ParticipantCommand.Unfreeze;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;

/** What operators do to a participant suspected of fraud: freeze, unfreeze and revoke. */
@Singleton
public final class OversightRules implements ParticipantRules {

    private final ProgramRules rules;

    @Inject
    public OversightRules(ProgramConfig program) {
        this(program.rules());
    }

    public OversightRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(Freeze.class, this::freeze)
                .judge(Unfreeze.class, this::unfreeze)
                .judge(RevokeParticipation.class, this::revoke);
    }

    private Decision<ParticipantEvent> freeze(Freeze freeze, ParticipantState state) {
        return state.status() == FROZEN
                ? Decision.reject(Rule.PARTICIPANT_ALREADY_FROZEN)
                : Decision.accept(new Frozen(freeze.reason(), freeze.now()));
    }

    private Decision<ParticipantEvent> unfreeze(Unfreeze unfreeze, ParticipantState state) {
        return state.status() != FROZEN
                ? Decision.reject(Rule.PARTICIPANT_NOT_FROZEN)
                : Decision.accept(new Unfrozen(unfreeze.reason(), unfreeze.now()));
    }

    private Decision<ParticipantEvent> revoke(RevokeParticipation revoke, ParticipantState state) {
        if (state.status() == ParticipantStatus.REVOKED) {
            return Decision.reject(Rule.PARTICIPANT_ALREADY_REVOKED);
        }
        var cancelled = state.installments().stream()
                .filter(i -> i.status() != Installment.Status.PAID)
                .map(Installment::number)
                .toList();
        var events = new ArrayList<ParticipantEvent>();
        events.add(new ParticipationRevoked(revoke.reason(), cancelled, revoke.now()));
        if (revoke.ineligible()) {
            long received = state.installments().stream()
                    .filter(i -> i.status() == Installment.Status.PAID)
                    .mapToLong(Installment::amount)
                    .sum();
            events.add(new ClawbackRecorded(received, revoke.now().plus(rules.clawbackPeriod()), revoke.now()));
        }
        return Decision.accept(events);
    }
}
