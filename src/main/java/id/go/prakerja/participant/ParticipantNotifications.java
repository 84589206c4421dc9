package id.go.prakerja.participant;

import id.go.prakerja.notification.NotificationRequested;
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
import id.go.prakerja.platform.command.EventSwitch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which journey events the participant must hear about, and with what. */
public final class ParticipantNotifications {

    /** Whom an event's notification goes to, and when. */
    private record Context(ParticipantState participant, Instant now) {

        List<NotificationRequested> email(String template, Map<String, String> parameters) {
            return List.of(ParticipantNotifications.email(
                    participant.participantId(), participant.email(), template, parameters, now));
        }
    }

    private static final EventSwitch<ParticipantEvent, Context, List<NotificationRequested>> NOTIFY =
            EventSwitch.<ParticipantEvent, Context, List<NotificationRequested>>over(ParticipantEvent.class, List.of())
                    .on(
                            CardIssued.class,
                            (context, issued) -> context.email(
                                    "CARD_ISSUED",
                                    Map.of(
                                            "cardNumber", issued.cardNumber(),
                                            "trainingBalance", Long.toString(issued.trainingBalance()),
                                            "purchaseDeadline",
                                                    issued.purchaseDeadline().toString())))
                    .on(
                            NotSelected.class,
                            (context, notSelected) -> context.email(
                                    "BATCH_NOT_SELECTED",
                                    Map.of("batchId", notSelected.batchId().toString())))
                    .on(
                            PurchaseDeadlineReminded.class,
                            (context, reminded) -> context.email(
                                    "PURCHASE_DEADLINE_REMINDER",
                                    Map.of(
                                            "purchaseDeadline",
                                            reminded.purchaseDeadline().toString())))
                    .on(
                            CardRevoked.class,
                            (context, revoked) -> context.email("CARD_REVOKED", Map.of("reason", revoked.reason())))
                    .on(
                            IdentityRejected.class,
                            (context, rejected) -> context.email(
                                    "IDENTITY_REJECTED", Map.of("reason", String.valueOf(rejected.reason()))))
                    .on(
                            CertificateIssued.class,
                            (context, certificate) -> context.email(
                                    "CERTIFICATE_ISSUED", Map.of("certificateNumber", certificate.certificateNumber())))
                    .on(
                            IncentivePaid.class,
                            (context, paid) -> context.email(
                                    "INCENTIVE_PAID",
                                    Map.of(
                                            "installment", Integer.toString(paid.installment()),
                                            "amount", Long.toString(paid.amount()))))
                    .on(
                            DisbursementFailed.class,
                            (context, failed) -> context.email(
                                    "PAYOUT_ACCOUNT_FIX_NEEDED",
                                    Map.of(
                                            "installment", Integer.toString(failed.installment()),
                                            "reason", String.valueOf(failed.reason()))))
                    .on(
                            FoundNotEligible.class,
                            (context, notEligible) -> context.email(
                                    "NOT_ELIGIBLE", Map.of("rules", String.join(",", notEligible.failedRules()))))
                    .on(TrainingPurchased.class, (context, purchased) -> {
                        var training = purchased.training();
                        return context.email(
                                "TRAINING_START_GUIDE",
                                Map.of(
                                        "training", training.title(),
                                        "platform", training.platformName(),
                                        "platformLink", training.platformUrl(),
                                        "login", context.participant().email(),
                                        "voucherCode", purchased.voucherCode(),
                                        "schedule", training.schedule(),
                                        "mentorContact", training.mentorContact()));
                    })
                    // Heard of otherwise (the verification e-mail carries the raw token, which no event holds) or not
                    // at all.
                    .ignore(
                            ParticipantEvent.PasswordResetIssued.class,
                            ParticipantEvent.PasswordChanged.class,
                            Registered.class,
                            EmailVerificationIssued.class,
                            EmailVerified.class,
                            ProfileCompleted.class,
                            BasicTestTaken.class,
                            IdentityVerificationRequested.class,
                            IdentityVerified.class,
                            BatchJoined.class,
                            Frozen.class,
                            Unfrozen.class,
                            PurchaseCancelled.class,
                            TrainingProgressRecorded.class,
                            TrainingCompleted.class,
                            TrainingReviewed.class,
                            PayoutAccountSet.class,
                            IncentiveScheduled.class,
                            DisbursementRequested.class,
                            ParticipantEvent.DuplicatePaymentReported.class,
                            ParticipantEvent.PaymentReversed.class,
                            ParticipantEvent.DisbursementRetryApproved.class,
                            ParticipationRevoked.class,
                            ClawbackRecorded.class,
                            ParticipantEvent.PrivacyNoticeAccepted.class,
                            ParticipantEvent.ErasureRequested.class,
                            ParticipantEvent.ErasureDeclined.class,
                            ParticipantEvent.PersonalDataErased.class)
                    .build();

    private ParticipantNotifications() {}

    public static NotificationRequested emailVerification(UUID participantId, String email, String token, Instant now) {
        return email(participantId, email, "EMAIL_VERIFICATION", Map.of("token", token), now);
    }

    static List<NotificationRequested> of(ParticipantState participant, List<ParticipantEvent> events, Instant now) {
        var context = new Context(participant, now);
        var notifications = new ArrayList<NotificationRequested>();
        for (var event : events) {
            notifications.addAll(NOTIFY.apply(context, event));
        }
        return notifications;
    }

    private static NotificationRequested email(
            UUID participantId, String email, String template, Map<String, String> parameters, Instant now) {
        return NotificationRequested.email(participantId, email, template, parameters, now);
    }
}
