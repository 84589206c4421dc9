package id.go.prakerja.participant;

import static id.go.prakerja.participant.ParticipantStatus.BASIC_TEST_FAILED;
import static id.go.prakerja.participant.ParticipantStatus.BASIC_TEST_PASSED;
import static id.go.prakerja.participant.ParticipantStatus.BATCH_JOINED;
import static id.go.prakerja.participant.ParticipantStatus.CARD_ISSUED;
import static id.go.prakerja.participant.ParticipantStatus.CERTIFIED;
import static id.go.prakerja.participant.ParticipantStatus.EMAIL_VERIFIED;
import static id.go.prakerja.participant.ParticipantStatus.FROZEN;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_REJECTED;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_VERIFICATION_PENDING;
import static id.go.prakerja.participant.ParticipantStatus.IDENTITY_VERIFIED;
import static id.go.prakerja.participant.ParticipantStatus.NOT_SELECTED;
import static id.go.prakerja.participant.ParticipantStatus.PROFILE_COMPLETED;
import static id.go.prakerja.participant.ParticipantStatus.REGISTERED;
import static id.go.prakerja.participant.ParticipantStatus.TRAINING_COMPLETED;
import static id.go.prakerja.participant.ParticipantStatus.TRAINING_PURCHASED;

import id.go.prakerja.participant.ParticipantCommand.CancelPurchase;
import id.go.prakerja.participant.ParticipantCommand.CompleteProfile;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantCommand.IssueCard;
import id.go.prakerja.participant.ParticipantCommand.JoinBatch;
import id.go.prakerja.participant.ParticipantCommand.MarkNotSelected;
import id.go.prakerja.participant.ParticipantCommand.PurchaseTraining;
import id.go.prakerja.participant.ParticipantCommand.RecordDisbursementResult;
import id.go.prakerja.participant.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.participant.ParticipantCommand.RecordTrainingProgress;
import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.participant.ParticipantCommand.RemindPurchaseDeadline;
import id.go.prakerja.participant.ParticipantCommand.RequestDisbursement;
import id.go.prakerja.participant.ParticipantCommand.RequestIdentityVerification;
import id.go.prakerja.participant.ParticipantCommand.ReviewTraining;
import id.go.prakerja.participant.ParticipantCommand.RevokeParticipation;
import id.go.prakerja.participant.ParticipantCommand.RevokeUnusedCard;
import id.go.prakerja.participant.ParticipantCommand.SetPayoutAccount;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantCommand.Unfreeze;
import id.go.prakerja.participant.ParticipantCommand.VerifyEmail;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.EmailVerificationIssued;
import id.go.prakerja.participant.ParticipantEvent.EmailVerified;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerified;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.NotSelected;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.participant.ParticipantEvent.ScheduledInstallment;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.profile.Nik;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rules of one participant's journey up to the card: pure, no I/O and no clock. */
public final class ParticipantDecider {

    /** Ages count in Indonesian western time, where the registration date is a calendar date. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ProgramRules rules;

    public ParticipantDecider(ProgramRules rules) {
        this.rules = rules;
    }

    public Decision<ParticipantEvent> decide(ParticipantCommand command, ParticipantState state) {
        var decision = decideCommand(command, state);
        if (decision instanceof Decision.Accepted<ParticipantEvent> accepted
                && !accepted.events().isEmpty()) {
            var after = state;
            for (var event : accepted.events()) {
                after = evolve(after, event);
            }
            if (incentiveDue(after)) {
                var events = new ArrayList<>(accepted.events());
                events.add(schedule(command.now()));
                return Decision.accept(events);
            }
        }
        return decision;
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

    private Decision<ParticipantEvent> decideCommand(ParticipantCommand command, ParticipantState state) {
        if (command instanceof Register register) {
            return state.exists()
                    ? Decision.reject("PARTICIPANT_EXISTS")
                    : Decision.accept(
                            new Registered(
                                    register.participantId(),
                                    register.email(),
                                    register.passwordHash(),
                                    register.now()),
                            new EmailVerificationIssued(
                                    register.tokenHash(),
                                    register.now().plus(rules.emailTokenValidity()),
                                    register.now()));
        }
        if (!state.exists()) {
            return Decision.reject("PARTICIPANT_NOT_FOUND");
        }
        if (command instanceof Freeze freeze) {
            return state.status() == FROZEN
                    ? Decision.reject("PARTICIPANT_ALREADY_FROZEN")
                    : Decision.accept(new Frozen(freeze.reason(), freeze.now()));
        }
        if (command instanceof Unfreeze unfreeze) {
            return state.status() != FROZEN
                    ? Decision.reject("PARTICIPANT_NOT_FROZEN")
                    : Decision.accept(new Unfrozen(unfreeze.reason(), unfreeze.now()));
        }
        if (command instanceof RecordIdentityVerificationResult result) {
            return recordVerification(result, state);
        }
        if (command instanceof IssueCard issue) {
            return issueCard(issue, state);
        }
        if (command instanceof MarkNotSelected notSelected) {
            return state.effectiveStatus() == BATCH_JOINED
                            && notSelected.batchId().equals(state.batchId())
                    ? Decision.accept(new NotSelected(notSelected.batchId(), notSelected.now()))
                    : Decision.accept(List.of());
        }
        if (command instanceof RemindPurchaseDeadline remind) {
            return state.effectiveStatus() == CARD_ISSUED && !state.reminded()
                    ? Decision.accept(new PurchaseDeadlineReminded(state.purchaseDeadline(), remind.now()))
                    : Decision.accept(List.of());
        }
        if (command instanceof RevokeUnusedCard revoke) {
            return state.effectiveStatus() == CARD_ISSUED && !revoke.now().isBefore(state.purchaseDeadline())
                    ? Decision.accept(new CardRevoked("PURCHASE_DEADLINE_MISSED", state.balance(), revoke.now()))
                    : Decision.accept(List.of());
        }
        if (command instanceof RecordTrainingProgress progress) {
            return recordProgress(progress, state);
        }
        if (command instanceof RecordDisbursementResult result) {
            return recordDisbursement(result, state);
        }
        if (command instanceof RevokeParticipation revoke) {
            return revoke(revoke, state);
        }
        if (command instanceof RequestDisbursement request) {
            return requestDisbursement(request, state);
        }
        if (state.status() == FROZEN) {
            return Decision.reject("PARTICIPANT_FROZEN");
        }
        if (command instanceof PurchaseTraining purchase) {
            return purchase(purchase, state);
        }
        if (command instanceof CancelPurchase cancel) {
            return cancel(cancel, state);
        }
        if (command instanceof ReviewTraining review) {
            return review(review, state);
        }
        if (command instanceof SetPayoutAccount payout) {
            return setPayoutAccount(payout, state);
        }
        if (command instanceof VerifyEmail verify) {
            return verifyEmail(verify, state);
        }
        if (command instanceof CompleteProfile complete) {
            return completeProfile(complete, state);
        }
        if (command instanceof TakeBasicTest test) {
            return takeBasicTest(test, state);
        }
        if (command instanceof RequestIdentityVerification request) {
            return requestVerification(request, state);
        }
        if (command instanceof JoinBatch join) {
            return joinBatch(join, state);
        }
        throw new IllegalArgumentException(
                "Unhandled command " + command.getClass().getSimpleName());
    }

    public static ParticipantState evolve(ParticipantState state, ParticipantEvent event) {
        var next = state.draft();
        if (event instanceof Registered registered) {
            next.status = REGISTERED;
            next.participantId = registered.participantId();
            next.email = registered.email();
            next.registeredAt = registered.registeredAt();
        } else if (event instanceof EmailVerificationIssued issued) {
            next.tokenHash = issued.tokenHash();
            next.tokenExpiresAt = issued.expiresAt();
        } else if (event instanceof EmailVerified) {
            next.tokenHash = null;
            next.tokenExpiresAt = null;
            move(next, EMAIL_VERIFIED);
        } else if (event instanceof ProfileCompleted completed) {
            next.profile = completed.profile();
            move(next, PROFILE_COMPLETED);
        } else if (event instanceof FoundNotEligible notEligible) {
            next.profile = notEligible.profile();
            move(next, ParticipantStatus.NOT_ELIGIBLE);
        } else if (event instanceof BasicTestTaken taken) {
            next.basicTestAttempts = taken.attempt();
            move(next, taken.passed() ? BASIC_TEST_PASSED : BASIC_TEST_FAILED);
        } else if (event instanceof IdentityVerificationRequested requested) {
            next.pendingVerificationRequest = requested.requestId();
            move(next, IDENTITY_VERIFICATION_PENDING);
        } else if (event instanceof IdentityVerified) {
            next.pendingVerificationRequest = null;
            move(next, IDENTITY_VERIFIED);
        } else if (event instanceof IdentityRejected) {
            next.pendingVerificationRequest = null;
            move(next, IDENTITY_REJECTED);
        } else if (event instanceof BatchJoined joined) {
            next.batchId = joined.batchId();
            move(next, BATCH_JOINED);
        } else if (event instanceof NotSelected) {
            move(next, NOT_SELECTED);
        } else if (event instanceof CardIssued issued) {
            next.cardNumber = issued.cardNumber();
            next.balance = issued.trainingBalance();
            next.purchaseDeadline = issued.purchaseDeadline();
            move(next, CARD_ISSUED);
        } else if (event instanceof PurchaseDeadlineReminded) {
            next.reminded = true;
        } else if (event instanceof CardRevoked) {
            next.balance = 0;
            move(next, ParticipantStatus.REVOKED);
        } else if (event instanceof TrainingPurchased purchased) {
            var training = purchased.training();
            next.balance = purchased.balanceAfter();
            next.purchases = with(
                    state.purchases(),
                    new Purchase(
                            purchased.purchaseId(),
                            training.trainingId(),
                            training.price(),
                            purchased.purchasedAt(),
                            training.moduleCount(),
                            Set.of(),
                            false,
                            Purchase.Status.ACTIVE,
                            null,
                            false));
            if (state.effectiveStatus() == CARD_ISSUED) {
                move(next, TRAINING_PURCHASED);
            }
        } else if (event instanceof PurchaseCancelled cancelled) {
            next.balance = cancelled.balanceAfter();
            next.purchases = with(
                    state.purchases(),
                    state.purchases().get(cancelled.purchaseId()).withStatus(Purchase.Status.CANCELLED));
            boolean anyOther = next.purchases.values().stream().anyMatch(p -> p.status() != Purchase.Status.CANCELLED);
            if (state.effectiveStatus() == TRAINING_PURCHASED && !anyOther) {
                move(next, CARD_ISSUED);
            }
        } else if (event instanceof TrainingProgressRecorded progress) {
            var purchase = state.purchases().get(progress.purchaseId());
            if (progress.kind() == ProgressKind.MODULE_COMPLETED) {
                purchase = purchase.withModule(progress.moduleNo());
            } else if (progress.kind() == ProgressKind.EXAM_PASSED) {
                purchase = purchase.withExamPassed();
            }
            next.purchases = with(state.purchases(), purchase);
        } else if (event instanceof TrainingCompleted completed) {
            next.purchases = with(
                    state.purchases(),
                    state.purchases().get(completed.purchaseId()).withStatus(Purchase.Status.COMPLETED));
            if (state.effectiveStatus() == TRAINING_PURCHASED) {
                move(next, TRAINING_COMPLETED);
            }
        } else if (event instanceof CertificateIssued certificate) {
            next.purchases = with(
                    state.purchases(),
                    state.purchases().get(certificate.purchaseId()).withCertificate(certificate.certificateNumber()));
            if (state.effectiveStatus() == TRAINING_COMPLETED) {
                move(next, CERTIFIED);
            }
        } else if (event instanceof TrainingReviewed reviewed) {
            next.purchases = with(
                    state.purchases(),
                    state.purchases().get(reviewed.purchaseId()).reviewedNow());
        } else if (event instanceof PayoutAccountSet set) {
            next.payoutAccount = set.account();
            next.installments = state.installments().stream()
                    .map(i -> i.status() == Installment.Status.FAILED
                            ? i.with(Installment.Status.RETRY_READY, i.disbursementId(), i.attempt())
                            : i)
                    .toList();
        } else if (event instanceof IncentiveScheduled scheduled) {
            next.installments = scheduled.installments().stream()
                    .map(i -> new Installment(
                            i.installment(), i.dueAt(), i.amount(), Installment.Status.SCHEDULED, null, 0))
                    .toList();
        } else if (event instanceof DisbursementRequested requested) {
            next.installments = replace(
                    state.installments(),
                    requested.installment(),
                    i -> i.with(Installment.Status.REQUESTED, requested.disbursementId(), requested.attempt()));
        } else if (event instanceof IncentivePaid paid) {
            next.installments = replace(
                    state.installments(),
                    paid.installment(),
                    i -> i.with(Installment.Status.PAID, paid.disbursementId(), i.attempt()));
            boolean allPaid = next.installments.stream().allMatch(i -> i.status() == Installment.Status.PAID);
            move(next, allPaid ? ParticipantStatus.FINISHED : ParticipantStatus.INCENTIVE_IN_PROGRESS);
        } else if (event instanceof DisbursementFailed failed) {
            next.installments = replace(
                    state.installments(),
                    failed.installment(),
                    i -> i.with(Installment.Status.FAILED, i.disbursementId(), i.attempt()));
        } else if (event instanceof ParticipationRevoked revoked) {
            next.installments = state.installments().stream()
                    .map(i -> revoked.cancelledInstallments().contains(i.number())
                            ? i.with(Installment.Status.CANCELLED, i.disbursementId(), i.attempt())
                            : i)
                    .toList();
            next.status = ParticipantStatus.REVOKED;
            next.statusBeforeFreeze = null;
        } else if (event instanceof Frozen) {
            next.statusBeforeFreeze = state.status();
            next.status = FROZEN;
        } else if (event instanceof Unfrozen) {
            next.status = state.statusBeforeFreeze();
            next.statusBeforeFreeze = null;
        }
        return next.done();
    }

    private static List<Installment> replace(
            List<Installment> installments, int number, java.util.function.UnaryOperator<Installment> change) {
        return installments.stream()
                .map(i -> i.number() == number ? change.apply(i) : i)
                .toList();
    }

    /** The same installment and attempt always get the same id, so a repeated request is recognisably the same. */
    public static UUID disbursementId(UUID participantId, int installment, int attempt) {
        return UUID.nameUUIDFromBytes(
                (participantId + ":" + installment + ":" + attempt).getBytes(StandardCharsets.UTF_8));
    }

    private Decision<ParticipantEvent> setPayoutAccount(SetPayoutAccount payout, ParticipantState state) {
        if (!CARD_ACTIVE.contains(state.status())) {
            return Decision.reject("STEP_NOT_ALLOWED", state.status());
        }
        var account = payout.account();
        var provider = payout.provider();
        var problems = new ArrayList<Violation>();
        if (provider == null) {
            problems.add(Violation.of("PAYOUT_PROVIDER_UNKNOWN", account.provider()));
        } else {
            if (provider.type() != account.type()) {
                problems.add(Violation.of("PAYOUT_TYPE_MISMATCH", account.provider(), provider.type()));
            }
            if (!provider.accepts(account.accountNumber())) {
                problems.add(Violation.of("ACCOUNT_NUMBER_FORMAT", account.provider()));
            }
        }
        if (!PayoutAccount.normalisedName(account.holderName())
                .equals(PayoutAccount.normalisedName(state.profile().fullName()))) {
            problems.add(Violation.of("ACCOUNT_HOLDER_MISMATCH"));
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
                    // The partner repeated itself: nothing is paid twice.
                    return Decision.accept(List.of());
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
        return Decision.reject("DISBURSEMENT_UNKNOWN");
    }

    private Decision<ParticipantEvent> revoke(RevokeParticipation revoke, ParticipantState state) {
        if (state.status() == ParticipantStatus.REVOKED) {
            return Decision.reject("PARTICIPANT_ALREADY_REVOKED");
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

    private static Map<UUID, Purchase> with(Map<UUID, Purchase> purchases, Purchase purchase) {
        var updated = new HashMap<>(purchases);
        updated.put(purchase.purchaseId(), purchase);
        return updated;
    }

    /** A frozen journey still moves underneath the freeze, so that unfreezing lands where it should. */
    private static void move(ParticipantState.Draft next, ParticipantStatus status) {
        if (next.status == FROZEN) {
            next.statusBeforeFreeze = status;
        } else {
            next.status = status;
        }
    }

    private Decision<ParticipantEvent> verifyEmail(VerifyEmail verify, ParticipantState state) {
        if (state.status() != REGISTERED) {
            return Decision.reject("EMAIL_ALREADY_VERIFIED");
        }
        if (!state.tokenHash().equals(verify.tokenHash())) {
            return Decision.reject("EMAIL_TOKEN_INVALID");
        }
        if (verify.now().isAfter(state.tokenExpiresAt())) {
            return Decision.reject("EMAIL_TOKEN_EXPIRED");
        }
        return Decision.accept(new EmailVerified(verify.now()));
    }

    private Decision<ParticipantEvent> completeProfile(CompleteProfile complete, ParticipantState state) {
        if (state.status() != EMAIL_VERIFIED) {
            return Decision.reject("STEP_NOT_ALLOWED", state.status());
        }
        var profile = complete.profile();
        var nikProblems = Nik.problems(profile.nik(), profile.birthDate(), profile.sex());
        if (!nikProblems.isEmpty()) {
            return Decision.reject(nikProblems.stream().map(Violation::of).toList());
        }
        var failed = new ArrayList<String>();
        if (!"WNI".equals(profile.citizenship())) {
            failed.add("CITIZENSHIP");
        }
        int age = Period.between(
                        profile.birthDate(), state.registeredAt().atZone(WIB).toLocalDate())
                .getYears();
        if (age < rules.minimumAge() || age > rules.maximumAge()) {
            failed.add("AGE_RANGE");
        }
        if (profile.inFormalEducation()) {
            failed.add("IN_FORMAL_EDUCATION");
        }
        if (profile.socialAidReceived().stream().anyMatch(rules.excludedSocialAid()::contains)) {
            failed.add("OTHER_SOCIAL_AID");
        }
        if (rules.excludedOccupations().contains(profile.occupation())) {
            failed.add("EXCLUDED_OCCUPATION");
        }
        if (complete.nikAlreadyRegistered()) {
            failed.add("NIK_ALREADY_REGISTERED");
        }
        if (complete.familyCardMembers() >= rules.maxParticipantsPerFamilyCard()) {
            failed.add("FAMILY_CARD_LIMIT");
        }
        return failed.isEmpty()
                ? Decision.accept(new ProfileCompleted(profile, complete.now()))
                : Decision.accept(new FoundNotEligible(profile, failed, complete.now()));
    }

    private Decision<ParticipantEvent> takeBasicTest(TakeBasicTest test, ParticipantState state) {
        if (!Set.of(PROFILE_COMPLETED, BASIC_TEST_FAILED).contains(state.status())) {
            return Decision.reject("STEP_NOT_ALLOWED", state.status());
        }
        if (state.basicTestAttempts() >= rules.basicTestMaxAttempts()) {
            return Decision.reject("BASIC_TEST_ATTEMPTS_EXHAUSTED", rules.basicTestMaxAttempts());
        }
        return Decision.accept(new BasicTestTaken(
                state.basicTestAttempts() + 1, test.score(), test.score() >= rules.basicTestPassScore(), test.now()));
    }

    private Decision<ParticipantEvent> requestVerification(
            RequestIdentityVerification request, ParticipantState state) {
        if (!Set.of(BASIC_TEST_PASSED, IDENTITY_REJECTED).contains(state.status())) {
            return Decision.reject("STEP_NOT_ALLOWED", state.status());
        }
        var profile = state.profile();
        return Decision.accept(new IdentityVerificationRequested(
                request.requestId(),
                request.selfieReference(),
                profile.nik(),
                profile.kkNumber(),
                profile.fullName(),
                profile.birthDate(),
                request.now()));
    }

    private Decision<ParticipantEvent> recordVerification(
            RecordIdentityVerificationResult result, ParticipantState state) {
        if (state.effectiveStatus() != IDENTITY_VERIFICATION_PENDING
                || !result.requestId().equals(state.pendingVerificationRequest())) {
            // A repeated or outdated answer of the registry changes nothing.
            return Decision.accept(List.of());
        }
        return result.nikMatch() && result.kkMatch() && result.faceMatch()
                ? Decision.accept(new IdentityVerified(result.requestId(), result.now()))
                : Decision.accept(new IdentityRejected(
                        result.requestId(),
                        result.nikMatch(),
                        result.kkMatch(),
                        result.faceMatch(),
                        result.reason(),
                        result.now()));
    }

    private Decision<ParticipantEvent> joinBatch(JoinBatch join, ParticipantState state) {
        if (!Set.of(IDENTITY_VERIFIED, NOT_SELECTED).contains(state.status())) {
            return Decision.reject(
                    state.status() == BATCH_JOINED && join.batchId().equals(state.batchId())
                            ? "BATCH_ALREADY_JOINED"
                            : "STEP_NOT_ALLOWED",
                    state.status());
        }
        if (!join.batchOpen()) {
            return Decision.reject("BATCH_NOT_OPEN");
        }
        return Decision.accept(new BatchJoined(join.batchId(), join.now()));
    }

    private static final Set<ParticipantStatus> CARD_ACTIVE = Set.of(
            CARD_ISSUED,
            TRAINING_PURCHASED,
            TRAINING_COMPLETED,
            CERTIFIED,
            ParticipantStatus.INCENTIVE_IN_PROGRESS,
            ParticipantStatus.FINISHED);

    private Decision<ParticipantEvent> purchase(PurchaseTraining purchase, ParticipantState state) {
        if (state.purchases().containsKey(purchase.purchaseId())) {
            return Decision.accept(List.of());
        }
        if (!CARD_ACTIVE.contains(state.status())) {
            return Decision.reject("CARD_NOT_ACTIVE", state.status());
        }
        var training = purchase.training();
        if (!training.published()) {
            return Decision.reject("TRAINING_NOT_AVAILABLE");
        }
        if (rules.nextPurchaseAfterCompletionOnly() && state.hasActivePurchase()) {
            return Decision.reject("PREVIOUS_TRAINING_NOT_COMPLETED");
        }
        if (!rules.sameTrainingTwice()
                && state.purchases().values().stream()
                        .anyMatch(p -> p.trainingId().equals(training.trainingId())
                                && p.status() != Purchase.Status.CANCELLED)) {
            return Decision.reject("TRAINING_ALREADY_PURCHASED");
        }
        if (training.price() > state.balance()) {
            return Decision.reject(
                    "INSUFFICIENT_BALANCE", Rupiah.format(training.price()), Rupiah.format(state.balance()));
        }
        return Decision.accept(new TrainingPurchased(
                purchase.purchaseId(),
                training,
                purchase.voucherCode(),
                state.balance() - training.price(),
                purchase.now()));
    }

    private Decision<ParticipantEvent> cancel(CancelPurchase cancel, ParticipantState state) {
        var purchase = state.purchases().get(cancel.purchaseId());
        if (purchase == null) {
            return Decision.reject("PURCHASE_NOT_FOUND");
        }
        if (purchase.status() == Purchase.Status.CANCELLED) {
            return Decision.reject("PURCHASE_ALREADY_CANCELLED");
        }
        if (purchase.status() == Purchase.Status.COMPLETED) {
            return Decision.reject("TRAINING_ALREADY_COMPLETED");
        }
        if (cancel.now().isAfter(purchase.purchasedAt().plus(rules.refundWindow()))) {
            return Decision.reject("REFUND_WINDOW_CLOSED", rules.refundWindow().toDays());
        }
        return Decision.accept(new PurchaseCancelled(
                purchase.purchaseId(), purchase.price(), state.balance() + purchase.price(), cancel.now()));
    }

    private Decision<ParticipantEvent> recordProgress(RecordTrainingProgress progress, ParticipantState state) {
        var purchase = state.purchases().get(progress.purchaseId());
        if (purchase == null) {
            return Decision.reject("PURCHASE_NOT_FOUND");
        }
        if (purchase.status() != Purchase.Status.ACTIVE) {
            // Reports about a cancelled or already completed training change nothing.
            return Decision.accept(List.of());
        }
        if (progress.kind() == ProgressKind.MODULE_COMPLETED
                && (progress.moduleNo() == null
                        || progress.moduleNo() < 1
                        || progress.moduleNo() > purchase.moduleCount())) {
            return Decision.reject("MODULE_UNKNOWN", progress.moduleNo(), purchase.moduleCount());
        }
        if ((progress.kind() == ProgressKind.MODULE_COMPLETED
                        && purchase.modulesCompleted().contains(progress.moduleNo()))
                || (progress.kind() == ProgressKind.EXAM_PASSED && purchase.examPassed())) {
            return Decision.accept(List.of());
        }
        var events = new ArrayList<ParticipantEvent>();
        events.add(new TrainingProgressRecorded(
                progress.purchaseId(), progress.kind(), progress.moduleNo(), progress.score(), progress.occurredAt()));
        var after = ParticipantDecider.evolve(state, events.get(0)).purchases().get(progress.purchaseId());
        if (after.readyToComplete()) {
            events.add(new TrainingCompleted(progress.purchaseId(), purchase.trainingId(), progress.now()));
            events.add(new CertificateIssued(
                    progress.purchaseId(), purchase.trainingId(), progress.certificateNumber(), progress.now()));
        }
        return Decision.accept(events);
    }

    private Decision<ParticipantEvent> review(ReviewTraining review, ParticipantState state) {
        var purchase = state.purchases().get(review.purchaseId());
        if (purchase == null) {
            return Decision.reject("PURCHASE_NOT_FOUND");
        }
        if (purchase.status() != Purchase.Status.COMPLETED) {
            return Decision.reject("TRAINING_NOT_COMPLETED");
        }
        if (purchase.reviewed()) {
            return Decision.reject("TRAINING_ALREADY_REVIEWED");
        }
        return Decision.accept(new TrainingReviewed(
                review.purchaseId(), purchase.trainingId(), review.rating(), review.review(), review.now()));
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
}
