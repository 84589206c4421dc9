package id.go.prakerja.incentive;

import static id.go.prakerja.participant.ParticipantStatus.FROZEN;

import id.go.prakerja.participant.Installment;
import id.go.prakerja.participant.ParticipantCommand.ApproveDisbursementRetry;
import id.go.prakerja.participant.ParticipantCommand.RecordDisbursementResult;
import id.go.prakerja.participant.ParticipantCommand.RecordReversal;
import id.go.prakerja.participant.ParticipantCommand.RequestDisbursement;
import id.go.prakerja.participant.ParticipantCommand.SetPayoutAccount;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRetryApproved;
import id.go.prakerja.participant.ParticipantEvent.DuplicatePaymentReported;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.PaymentReversed;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.ScheduledInstallment;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.Violation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The payout account, the incentive's schedule and its disbursements. */
@Singleton
public final class IncentiveRules implements ParticipantRules {

    /** Installments fall due on the same day of later months in Indonesian western time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ProgramRules rules;

    @Inject
    public IncentiveRules(ProgramConfig program) {
        this(program.rules());
    }

    public IncentiveRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(SetPayoutAccount.class, this::setPayoutAccount)
                .judge(RequestDisbursement.class, this::requestDisbursement)
                .judge(RecordDisbursementResult.class, this::recordDisbursement)
                .judge(RecordReversal.class, this::recordReversal)
                .judge(ApproveDisbursementRetry.class, this::approveRetry)
                .afterEveryCommand(this::scheduleWhenDue);
    }

    private List<ParticipantEvent> scheduleWhenDue(ParticipantState state, Instant now) {
        return incentiveDue(state) ? List.of(schedule(now)) : List.of();
    }

    /**
     * The incentive is scheduled once, when the first training is certified and reviewed and a payout account
     * exists, in whichever order those happen. Later trainings earn none.
     */
    private static boolean incentiveDue(ParticipantState state) {
        return state.installments().isEmpty()
                && state.payoutAccount() != null
                && state.effectiveStatus() != ParticipantStatus.REVOKED
                && state.purchases().values().stream().anyMatch(p -> p.certificateNumber() != null && p.reviewed());
    }

    private IncentiveScheduled schedule(Instant now) {
        var start = now.atZone(WIB);
        var installments = new ArrayList<ScheduledInstallment>();
        for (int n = 1; n <= rules.incentiveInstallments(); n++) {
            installments.add(
                    new ScheduledInstallment(n, start.plusMonths(n - 1L).toInstant(), rules.incentiveAmount()));
        }
        return new IncentiveScheduled(installments, now);
    }

    private Decision<ParticipantEvent> setPayoutAccount(SetPayoutAccount payout, ParticipantState state) {
        if (!state.status().cardActive()) {
            return Decision.reject(Rule.STEP_NOT_ALLOWED, state.status());
        }
        var account = payout.account();
        var provider = payout.provider();
        var problems = new ArrayList<Violation>();
        if (provider == null) {
            problems.add(Violation.of(Rule.PAYOUT_PROVIDER_UNKNOWN, account.provider()));
        } else {
            if (provider.type() != account.type()) {
                problems.add(Violation.of(Rule.PAYOUT_TYPE_MISMATCH, account.provider(), provider.type()));
            }
            if (!provider.accepts(account.accountNumber())) {
                problems.add(Violation.of(Rule.ACCOUNT_NUMBER_FORMAT, account.provider()));
            }
        }
        if (!PayoutAccount.normalisedName(account.holderName())
                .equals(PayoutAccount.normalisedName(state.profile().fullName()))) {
            problems.add(Violation.of(Rule.ACCOUNT_HOLDER_MISMATCH));
        }
        if (!problems.isEmpty()) {
            return Decision.reject(problems);
        }
        return account.equals(state.payoutAccount())
                ? Decision.accept(List.of())
                : Decision.accept(new PayoutAccountSet(account, payout.now()));
    }

    private Decision<ParticipantEvent> requestDisbursement(RequestDisbursement request, ParticipantState state) {
        var installment = state.installments().stream()
                .filter(i -> i.number() == request.installment())
                .findFirst();
        if (state.status() == FROZEN
                || state.status() == ParticipantStatus.REVOKED
                || state.payoutAccount() == null
                || installment.isEmpty()
                || !installment.get().requestable()
                || installment.get().dueAt().isAfter(request.now())) {
            return Decision.accept(List.of());
        }
        var due = installment.get();
        int attempt = due.attempt() + 1;
        return Decision.accept(new DisbursementRequested(
                disbursementId(state.participantId(), due.number(), attempt),
                due.number(),
                attempt,
                due.amount(),
                state.payoutAccount(),
                request.now()));
    }

    private Decision<ParticipantEvent> recordDisbursement(RecordDisbursementResult result, ParticipantState state) {
        for (var installment : state.installments()) {
            for (int attempt = 1; attempt <= installment.attempt(); attempt++) {
                if (!disbursementId(state.participantId(), installment.number(), attempt)
                        .equals(result.disbursementId())) {
                    continue;
                }
                if (installment.status() == Installment.Status.PAID) {
                    return secondPayment(result, installment);
                }
                if (result.paid()) {
                    return Decision.accept(new IncentivePaid(
                            result.disbursementId(),
                            installment.number(),
                            installment.amount(),
                            result.reference(),
                            result.paidAt() == null ? result.now() : result.paidAt()));
                }
                return installment.status() == Installment.Status.REQUESTED
                                && result.disbursementId().equals(installment.disbursementId())
                        ? Decision.accept(new DisbursementFailed(
                                result.disbursementId(), installment.number(), result.reason(), result.now()))
                        : Decision.accept(List.of());
            }
        }
        return Decision.reject(Rule.DISBURSEMENT_UNKNOWN);
    }

    /**
     * A PAID for an installment already paid: the partner repeating itself (a reference it reported before) changes
     * nothing; a payment under another reference is a second payment, recorded for the partner to recover.
     */
    private static Decision<ParticipantEvent> secondPayment(RecordDisbursementResult result, Installment installment) {
        if (!result.paid() || installment.paidReferences().contains(Installment.referenceOf(result.reference()))) {
            return Decision.accept(List.of());
        }
        return Decision.accept(new DuplicatePaymentReported(
                result.disbursementId(), installment.number(), installment.amount(), result.reference(), result.now()));
    }

    /**
     * The partner took back a payment: the installment's own (it is to be paid again) or a second payment (recovered).
     * A reversal of an attempt that was never counted as paid owes nothing either way and changes nothing.
     */
    private Decision<ParticipantEvent> recordReversal(RecordReversal reversal, ParticipantState state) {
        for (var installment : state.installments()) {
            for (int attempt = 1; attempt <= installment.attempt(); attempt++) {
                if (!disbursementId(state.participantId(), installment.number(), attempt)
                        .equals(reversal.disbursementId())) {
                    continue;
                }
                var references = installment.paidReferences();
                var reference = Installment.referenceOf(reversal.reference());
                boolean second = references.indexOf(reference) > 0;
                boolean own = installment.status() == Installment.Status.PAID
                        && reversal.disbursementId().equals(installment.disbursementId())
                        && (reversal.reference() == null || references.indexOf(reference) == 0);
                return second || own
                        ? Decision.accept(new PaymentReversed(
                                reversal.disbursementId(),
                                installment.number(),
                                reversal.reference(),
                                second,
                                reversal.reason(),
                                reversal.now()))
                        : Decision.accept(List.of());
            }
        }
        return Decision.reject(Rule.DISBURSEMENT_UNKNOWN);
    }

    /** Finance tries a failed installment again on the same account: the failure was not the participant's. */
    private Decision<ParticipantEvent> approveRetry(ApproveDisbursementRetry retry, ParticipantState state) {
        var installment = state.installments().stream()
                .filter(i -> i.number() == retry.installment())
                .findFirst();
        if (installment.isEmpty()) {
            return Decision.reject(Rule.INSTALLMENT_NOT_FOUND, retry.installment());
        }
        if (installment.get().status() == Installment.Status.RETRY_READY) {
            return Decision.accept(List.of());
        }
        return installment.get().status() == Installment.Status.FAILED
                ? Decision.accept(new DisbursementRetryApproved(retry.installment(), retry.reason(), retry.now()))
                : Decision.reject(Rule.INSTALLMENT_NOT_FAILED, retry.installment());
    }

    /** The same installment and attempt always get the same id, so a repeated request is recognisably the same. */
    public static UUID disbursementId(UUID participantId, int installment, int attempt) {
        return UUID.nameUUIDFromBytes(
                (participantId + ":" + installment + ":" + attempt).getBytes(StandardCharsets.UTF_8));
    }
}
