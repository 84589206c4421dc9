package id.go.prakerja.privacy;

import id.go.prakerja.participant.Installment;
import id.go.prakerja.participant.ParticipantCommand.AcceptPrivacyNotice;
import id.go.prakerja.participant.ParticipantCommand.ConfirmErasure;
import id.go.prakerja.participant.ParticipantCommand.DeclineErasure;
import id.go.prakerja.participant.ParticipantCommand.RequestErasure;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.ErasureDeclined;
import id.go.prakerja.participant.ParticipantEvent.ErasureRequested;
import id.go.prakerja.participant.ParticipantEvent.PersonalDataErased;
import id.go.prakerja.participant.ParticipantEvent.PrivacyNoticeAccepted;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import jakarta.inject.Singleton;

/**
 * The participant's rights over their personal data (UU PDP 27/2022): consent to the privacy notice, and erasure,
 * which the participant asks for and a registrar decides, since the law lets the programme keep what a legal duty
 * requires. Erasing ends the journey; the money trail (amounts, dates, ids) stays.
 */
@Singleton
public final class PrivacyRules implements ParticipantRules {

    @Override
    public void register(Book book) {
        book.judge(AcceptPrivacyNotice.class, PrivacyRules::accept)
                .judge(RequestErasure.class, PrivacyRules::request)
                .judge(ConfirmErasure.class, PrivacyRules::erase)
                .judge(DeclineErasure.class, PrivacyRules::decline);
    }

    private static Decision<ParticipantEvent> accept(AcceptPrivacyNotice accept, ParticipantState state) {
        return accept.version().equals(state.privacyNoticeVersion())
                ? Decision.accept()
                : Decision.accept(new PrivacyNoticeAccepted(accept.version(), accept.now()));
    }

    /** Asking twice is asking once. */
    private static Decision<ParticipantEvent> request(RequestErasure request, ParticipantState state) {
        return state.erasureRequested() ? Decision.accept() : Decision.accept(new ErasureRequested(request.now()));
    }

    /**
     * Not while a payment is with the bank: its answer would have no account to go with. Every installment not yet
     * paid is cancelled, since there is no account left to pay it to.
     */
    private static Decision<ParticipantEvent> erase(ConfirmErasure erase, ParticipantState state) {
        if (!state.erasureRequested()) {
            return Decision.reject(Rule.ERASURE_NOT_REQUESTED);
        }
        if (state.installments().stream().anyMatch(i -> i.status() == Installment.Status.REQUESTED)) {
            return Decision.reject(Rule.ERASURE_WHILE_DISBURSING);
        }
        var unpaid = state.installments().stream()
                .filter(i -> i.status() != Installment.Status.PAID && i.status() != Installment.Status.CANCELLED)
                .map(Installment::number)
                .toList();
        return Decision.accept(new PersonalDataErased(erase.reason(), unpaid, erase.now()));
    }

    private static Decision<ParticipantEvent> decline(DeclineErasure decline, ParticipantState state) {
        return state.erasureRequested()
                ? Decision.accept(new ErasureDeclined(decline.reason(), decline.now()))
                : Decision.reject(Rule.ERASURE_NOT_REQUESTED);
    }
}
