package id.go.prakerja.overview;

import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
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
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.profile.Nik;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One participant's overview row, folded from their events in memory: the status projection loads the rows a batch
 * touches, applies every event of the batch here and writes each row once. Pure: no I/O, no clock.
 */
final class OverviewRow {

    final UUID participantId;
    ParticipantStatus status;
    ParticipantStatus statusBeforeFreeze;
    String email;
    String fullName;
    String nik;
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
        if (event instanceof Registered registered) {
            status = ParticipantStatus.REGISTERED;
            email = registered.email();
            registeredAt = at;
        } else if (event instanceof EmailVerified) {
            move(ParticipantStatus.EMAIL_VERIFIED, null);
        } else if (event instanceof ProfileCompleted completed) {
            move(ParticipantStatus.PROFILE_COMPLETED, null);
            profile(completed.profile());
        } else if (event instanceof FoundNotEligible notEligible) {
            move(ParticipantStatus.NOT_ELIGIBLE, null);
            profile(notEligible.profile());
        } else if (event instanceof BasicTestTaken taken) {
            move(taken.passed() ? ParticipantStatus.BASIC_TEST_PASSED : ParticipantStatus.BASIC_TEST_FAILED, null);
        } else if (event instanceof IdentityVerificationRequested) {
            move(ParticipantStatus.IDENTITY_VERIFICATION_PENDING, null);
        } else if (event instanceof IdentityVerified) {
            move(ParticipantStatus.IDENTITY_VERIFIED, null);
        } else if (event instanceof IdentityRejected) {
            move(ParticipantStatus.IDENTITY_REJECTED, null);
        } else if (event instanceof BatchJoined joined) {
            move(ParticipantStatus.BATCH_JOINED, null);
            batchId = joined.batchId();
        } else if (event instanceof NotSelected) {
            move(ParticipantStatus.NOT_SELECTED, null);
        } else if (event instanceof CardIssued issued) {
            move(ParticipantStatus.CARD_ISSUED, null);
            cardNumber = issued.cardNumber();
            scheme = issued.scheme();
            balance = issued.trainingBalance();
            purchaseDeadline = issued.purchaseDeadline().atOffset(ZoneOffset.UTC);
        } else if (event instanceof PurchaseDeadlineReminded) {
            reminderSent = true;
        } else if (event instanceof CardRevoked) {
            move(ParticipantStatus.REVOKED, null);
            balance = 0;
        } else if (event instanceof TrainingPurchased purchased) {
            move(ParticipantStatus.TRAINING_PURCHASED, ParticipantStatus.CARD_ISSUED);
            balance = purchased.balanceAfter();
            activePurchases++;
        } else if (event instanceof PurchaseCancelled cancelled) {
            balance = cancelled.balanceAfter();
            activePurchases = Math.max(0, activePurchases - 1);
            if (activePurchases == 0) {
                move(ParticipantStatus.CARD_ISSUED, ParticipantStatus.TRAINING_PURCHASED);
            }
        } else if (event instanceof TrainingCompleted) {
            move(ParticipantStatus.TRAINING_COMPLETED, ParticipantStatus.TRAINING_PURCHASED);
        } else if (event instanceof CertificateIssued) {
            move(ParticipantStatus.CERTIFIED, ParticipantStatus.TRAINING_COMPLETED);
        } else if (event instanceof IncentiveScheduled scheduled) {
            unpaidInstallments += scheduled.installments().size();
        } else if (event instanceof IncentivePaid) {
            unpaidInstallments = Math.max(0, unpaidInstallments - 1);
            move(unpaidInstallments > 0 ? ParticipantStatus.INCENTIVE_IN_PROGRESS : ParticipantStatus.FINISHED, null);
        } else if (event instanceof ParticipationRevoked) {
            status = ParticipantStatus.REVOKED;
            statusBeforeFreeze = null;
        } else if (event instanceof Frozen) {
            statusBeforeFreeze = status;
            status = ParticipantStatus.FROZEN;
        } else if (event instanceof Unfrozen) {
            status = statusBeforeFreeze;
            statusBeforeFreeze = null;
        }
    }

    /** Moves to {@code to} (only from {@code from}, when given); under a freeze, the status to return to moves. */
    private void move(ParticipantStatus to, ParticipantStatus from) {
        if (status == ParticipantStatus.FROZEN) {
            if (from == null || statusBeforeFreeze == from) {
                statusBeforeFreeze = to;
            }
        } else if (from == null || status == from) {
            status = to;
        }
    }

    private void profile(Profile profile) {
        fullName = profile.fullName();
        nik = profile.nik();
        provinceCode = Nik.province(profile.nik());
    }
}
