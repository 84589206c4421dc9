package id.go.prakerja.batch;

import static id.go.prakerja.participant.ParticipantStatus.BATCH_JOINED;
import static id.go.prakerja.participant.ParticipantStatus.CARD_ISSUED;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_VERIFIED;
import static id.go.prakerja.participant.ParticipantStatus.NOT_SELECTED;

import id.go.prakerja.participant.ParticipantCommand.IssueCard;
import id.go.prakerja.participant.ParticipantCommand.JoinBatch;
import id.go.prakerja.participant.ParticipantCommand.MarkNotSelected;
import id.go.prakerja.participant.ParticipantCommand.RemindPurchaseDeadline;
import id.go.prakerja.participant.ParticipantCommand.RevokeUnusedCard;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.NotSelected;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Applying to a batch, the card of the selected and the deadline to use it by. */
@Singleton
public final class CardRules implements ParticipantRules {

    private final ProgramRules rules;

    @Inject
    public CardRules(ProgramConfig program) {
        this(program.rules());
    }

    public CardRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(JoinBatch.class, this::joinBatch)
                .judge(IssueCard.class, this::issueCard)
                .judge(MarkNotSelected.class, this::markNotSelected)
                .judge(RemindPurchaseDeadline.class, this::remind)
                .judge(RevokeUnusedCard.class, this::revokeUnused);
    }

    private Decision<ParticipantEvent> joinBatch(JoinBatch join, ParticipantState state) {
        if (!Set.of(IDENTITY_VERIFIED, NOT_SELECTED).contains(state.status())) {
            return Decision.reject(
                    state.status() == BATCH_JOINED && join.batchId().equals(state.batchId())
                            ? Rule.BATCH_ALREADY_JOINED
                            : Rule.STEP_NOT_ALLOWED,
                    state.status());
        }
        if (!join.batchOpen()) {
            return Decision.reject(Rule.BATCH_NOT_OPEN);
        }
        return Decision.accept(new BatchJoined(join.batchId(), join.now()));
    }

    private Decision<ParticipantEvent> issueCard(IssueCard issue, ParticipantState state) {
        if (state.effectiveStatus() == BATCH_JOINED && issue.batchId().equals(state.batchId())) {
            return Decision.accept(new CardIssued(
                    issue.batchId(),
                    issue.cardNumber(),
                    rules.scheme(),
                    rules.trainingBalance(),
                    issue.now().plus(rules.purchaseDeadline()),
                    issue.now()));
        }
        // Selection is replayed after a crash; a card already issued for this batch is not issued again.
        return Decision.accept(List.of());
    }

    private Decision<ParticipantEvent> markNotSelected(MarkNotSelected notSelected, ParticipantState state) {
        return state.effectiveStatus() == BATCH_JOINED && notSelected.batchId().equals(state.batchId())
                ? Decision.accept(new NotSelected(notSelected.batchId(), notSelected.now()))
                : Decision.accept(List.of());
    }

    private Decision<ParticipantEvent> remind(RemindPurchaseDeadline remind, ParticipantState state) {
        return state.effectiveStatus() == CARD_ISSUED && !state.reminded()
                ? Decision.accept(new PurchaseDeadlineReminded(state.purchaseDeadline(), remind.now()))
                : Decision.accept(List.of());
    }

    private Decision<ParticipantEvent> revokeUnused(RevokeUnusedCard revoke, ParticipantState state) {
        return state.effectiveStatus() == CARD_ISSUED && !revoke.now().isBefore(state.purchaseDeadline())
                ? Decision.accept(new CardRevoked("PURCHASE_DEADLINE_MISSED", state.balance(), revoke.now()))
                : Decision.accept(List.of());
    }
}
