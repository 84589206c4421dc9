package id.go.prakerja.overview;

import id.go.prakerja.participant.ParticipantEvent;
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
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.participant.StatusMachine;
import id.go.prakerja.platform.command.EventSwitch;
import id.go.prakerja.profile.Nik;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One participant's overview row, folded from their events in memory: the status projection loads the rows a batch
 * touches, applies every event of the batch here and writes each row once. Pure: no I/O, no clock.
 */
final class OverviewRow {

    /** What each event changes in the row beside its status, which the {@link StatusMachine} moves. */
    private static final EventSwitch<ParticipantEvent, OverviewRow, Void> CHANGES =
            EventSwitch.<ParticipantEvent, OverviewRow, Void>over(ParticipantEvent.class, null)
                    .on(Registered.class, (row, registered) -> {
                        row.email = registered.email();
                        row.registeredAt = row.updatedAt;
                        return null;
                    })
                    .on(ProfileCompleted.class, (row, completed) -> row.profile(completed.profile()))
                    .on(FoundNotEligible.class, (row, notEligible) -> row.profile(notEligible.profile()))
                    .on(BatchJoined.class, (row, joined) -> {
                        row.batchId = joined.batchId();
                        return null;
                    })
                    .on(CardIssued.class, (row, issued) -> {
                        row.cardNumber = issued.cardNumber();
                        row.scheme = issued.scheme();
                        row.balance = issued.trainingBalance();
                        row.purchaseDeadline = issued.purchaseDeadline().atOffset(ZoneOffset.UTC);
                        return null;
                    })
                    .on(PurchaseDeadlineReminded.class, (row, reminded) -> {
                        row.reminderSent = true;
                        return null;
                    })
                    .on(CardRevoked.class, (row, revoked) -> {
                        row.balance = 0;
                        return null;
                    })
                    .on(TrainingPurchased.class, (row, purchased) -> {
                        row.balance = purchased.balanceAfter();
                        row.activePurchases++;
                        return null;
                    })
                    .on(PurchaseCancelled.class, (row, cancelled) -> {
                        row.balance = cancelled.balanceAfter();
                        row.activePurchases = Math.max(0, row.activePurchases - 1);
                        return null;
                    })
                    .on(IncentiveScheduled.class, (row, scheduled) -> {
                        row.unpaidInstallments += scheduled.installments().size();
                        return null;
                    })
                    .on(IncentivePaid.class, (row, paid) -> {
                        row.unpaidInstallments = Math.max(0, row.unpaidInstallments - 1);
                        return null;
                    })
                    .on(ParticipantEvent.PaymentReversed.class, (row, reversed) -> {
                        if (!reversed.secondPayment()) {
                            row.unpaidInstallments += 1;
                        }
                        return null;
                    })
                    .on(ParticipantEvent.PersonalDataErased.class, (row, erased) -> {
                        row.email = null;
                        row.profile(null);
                        return null;
                    })
                    .ignore(
                            ParticipantEvent.PasswordResetIssued.class,
                            ParticipantEvent.PasswordChanged.class,
                            EmailVerificationIssued.class,
                            EmailVerified.class,
                            BasicTestTaken.class,
                            IdentityVerificationRequested.class,
                            IdentityVerified.class,
                            IdentityRejected.class,
                            NotSelected.class,
                            TrainingProgressRecorded.class,
                            TrainingCompleted.class,
                            CertificateIssued.class,
                            TrainingReviewed.class,
                            PayoutAccountSet.class,
                            DisbursementRequested.class,
                            DisbursementFailed.class,
                            ParticipantEvent.DuplicatePaymentReported.class,
                            ParticipantEvent.DisbursementRetryApproved.class,
                            ParticipationRevoked.class,
                            ClawbackRecorded.class,
                            Frozen.class,
                            Unfrozen.class,
                            ParticipantEvent.PrivacyNoticeAccepted.class,
                            ParticipantEvent.ErasureRequested.class,
                            ParticipantEvent.ErasureDeclined.class)
                    .build();

    final UUID participantId;
    ParticipantStatus status;
    ParticipantStatus statusBeforeFreeze;
    String email;
    String fullName;
    String provinceCode;
    UUID batchId;
    String cardNumber;
    String scheme;
    long balance;
    OffsetDateTime purchaseDeadline;
    boolean reminderSent;
    OffsetDateTime registeredAt;
    OffsetDateTime updatedAt;
    long version;
    int activePurchases;
    int unpaidInstallments;

    OverviewRow(UUID participantId) {
        this.participantId = participantId;
    }

    /** Applies the event at {@code version}; a version already applied changes nothing. */
    void apply(ParticipantEvent event, long version, OffsetDateTime at) {
        if (version <= this.version) {
            return;
        }
        this.version = version;
        updatedAt = at;
        CHANGES.apply(this, event);
        var position = StatusMachine.next(
                new StatusMachine.Position(status, statusBeforeFreeze),
                event,
                new StatusMachine.Facts(activePurchases > 0, unpaidInstallments == 0));
        status = position.status();
        statusBeforeFreeze = position.beforeFreeze();
    }

    /** A profile read after its subject's erasure is null: the row then keeps nothing of it either. */
    private Void profile(Profile profile) {
        fullName = profile == null ? null : profile.fullName();
        provinceCode = profile == null ? null : Nik.province(profile.nik());
        return null;
    }
}
