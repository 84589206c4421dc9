package id.go.prakerja.participant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the decider needs to know of a participant, folded from the stream's events. */
public record ParticipantState(
        ParticipantStatus status,
        UUID participantId,
        String email,
        Instant registeredAt,
        String tokenHash,
        Instant tokenExpiresAt,
        Profile profile,
        int basicTestAttempts,
        UUID pendingVerificationRequest,
        UUID batchId,
        String cardNumber,
        long balance,
        Instant purchaseDeadline,
        boolean reminded,
        ParticipantStatus statusBeforeFreeze,
        Map<UUID, Purchase> purchases,
        PayoutAccount payoutAccount,
        List<Installment> installments,
        Credentials credentials,
        String privacyNoticeVersion,
        boolean erasureRequested) {

    /** Before the first event: the participant does not exist. */
    public static final ParticipantState INITIAL = new ParticipantState(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            null,
            null,
            null,
            0,
            null,
            false,
            null,
            Map.of(),
            null,
            List.of(),
            Credentials.NONE,
            null,
            false);

    /**
     * What signing in needs: the password's bcrypt hash and the digest of a pending password-reset token, whose raw
     * value only the e-mail carries.
     */
    public record Credentials(String passwordHash, String resetTokenHash, Instant resetExpiresAt) {
        static final Credentials NONE = new Credentials(null, null, null);
    }

    /** Whether the participant proved the e-mail address, which signing in requires. */
    public boolean emailVerified() {
        return exists() && effectiveStatus() != ParticipantStatus.REGISTERED;
    }

    public boolean exists() {
        return status != null;
    }

    /** The status the journey is at, looking through a freeze. */
    public ParticipantStatus effectiveStatus() {
        return status == ParticipantStatus.FROZEN ? statusBeforeFreeze : status;
    }

    /** Whether a purchase still waits to be completed. */
    public boolean hasActivePurchase() {
        return purchases.values().stream().anyMatch(p -> p.status() == Purchase.Status.ACTIVE);
    }

    Draft draft() {
        return new Draft(this);
    }

    /** Changes a copy field by field; records have no withers. */
    static final class Draft {
        ParticipantStatus status;
        UUID participantId;
        String email;
        Instant registeredAt;
        String tokenHash;
        Instant tokenExpiresAt;
        Profile profile;
        int basicTestAttempts;
        UUID pendingVerificationRequest;
        UUID batchId;
        String cardNumber;
        long balance;
        Instant purchaseDeadline;
        boolean reminded;
        ParticipantStatus statusBeforeFreeze;
        Map<UUID, Purchase> purchases;
        PayoutAccount payoutAccount;
        List<Installment> installments;
        Credentials credentials;
        String privacyNoticeVersion;
        boolean erasureRequested;

        private Draft(ParticipantState from) {
            status = from.status;
            participantId = from.participantId;
            email = from.email;
            registeredAt = from.registeredAt;
            tokenHash = from.tokenHash;
            tokenExpiresAt = from.tokenExpiresAt;
            profile = from.profile;
            basicTestAttempts = from.basicTestAttempts;
            pendingVerificationRequest = from.pendingVerificationRequest;
            batchId = from.batchId;
            cardNumber = from.cardNumber;
            balance = from.balance;
            purchaseDeadline = from.purchaseDeadline;
            reminded = from.reminded;
            statusBeforeFreeze = from.statusBeforeFreeze;
            purchases = from.purchases;
            payoutAccount = from.payoutAccount;
            installments = from.installments;
            credentials = from.credentials;
            privacyNoticeVersion = from.privacyNoticeVersion;
            erasureRequested = from.erasureRequested;
        }

        ParticipantState done() {
            return new ParticipantState(
                    status,
                    participantId,
                    email,
                    registeredAt,
                    tokenHash,
                    tokenExpiresAt,
                    profile,
                    basicTestAttempts,
                    pendingVerificationRequest,
                    batchId,
                    cardNumber,
                    balance,
                    purchaseDeadline,
                    reminded,
                    statusBeforeFreeze,
                    Map.copyOf(purchases),
                    payoutAccount,
                    List.copyOf(installments),
                    credentials,
                    privacyNoticeVersion,
                    erasureRequested);
        }
    }
}
