package id.go.prakerja.participant;

import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.NotificationRequested.Channel;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.NotSelected;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which journey events the participant must hear about, and with what. */
final class ParticipantNotifications {

    static final String LANGUAGE = "id";

    private ParticipantNotifications() {}

    static NotificationRequested emailVerification(UUID participantId, String email, String token, Instant now) {
        return email(participantId, email, "EMAIL_VERIFICATION", Map.of("token", token), now);
    }

    static List<NotificationRequested> of(ParticipantState participant, List<ParticipantEvent> events, Instant now) {
        var notifications = new ArrayList<NotificationRequested>();
        for (var event : events) {
            if (event instanceof CardIssued issued) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "CARD_ISSUED",
                        Map.of(
                                "cardNumber", issued.cardNumber(),
                                "trainingBalance", Long.toString(issued.trainingBalance()),
                                "purchaseDeadline", issued.purchaseDeadline().toString()),
                        now));
            } else if (event instanceof NotSelected notSelected) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "BATCH_NOT_SELECTED",
                        Map.of("batchId", notSelected.batchId().toString()),
                        now));
            } else if (event instanceof PurchaseDeadlineReminded reminded) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "PURCHASE_DEADLINE_REMINDER",
                        Map.of("purchaseDeadline", reminded.purchaseDeadline().toString()),
                        now));
            } else if (event instanceof CardRevoked revoked) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "CARD_REVOKED",
                        Map.of("reason", revoked.reason()),
                        now));
            } else if (event instanceof IdentityRejected rejected) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "IDENTITY_REJECTED",
                        Map.of("reason", String.valueOf(rejected.reason())),
                        now));
            } else if (event instanceof TrainingPurchased purchased) {
                var training = purchased.training();
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "TRAINING_START_GUIDE",
                        Map.of(
                                "training", training.title(),
                                "platform", training.platformName(),
                                "platformLink", training.platformUrl(),
                                "login", participant.email(),
                                "voucherCode", purchased.voucherCode(),
                                "schedule", training.schedule(),
                                "mentorContact", training.mentorContact()),
                        now));
            } else if (event instanceof CertificateIssued certificate) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "CERTIFICATE_ISSUED",
                        Map.of("certificateNumber", certificate.certificateNumber()),
                        now));
            } else if (event instanceof ParticipantEvent.IncentivePaid paid) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "INCENTIVE_PAID",
                        Map.of(
                                "installment", Integer.toString(paid.installment()),
                                "amount", Long.toString(paid.amount())),
                        now));
            } else if (event instanceof ParticipantEvent.DisbursementFailed failed) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "PAYOUT_ACCOUNT_FIX_NEEDED",
                        Map.of(
                                "installment", Integer.toString(failed.installment()),
                                "reason", String.valueOf(failed.reason())),
                        now));
            } else if (event instanceof FoundNotEligible notEligible) {
                notifications.add(email(
                        participant.participantId(),
                        participant.email(),
                        "NOT_ELIGIBLE",
                        Map.of("rules", String.join(",", notEligible.failedRules())),
                        now));
            }
        }
        return notifications;
    }

    private static NotificationRequested email(
            UUID participantId, String email, String template, Map<String, String> parameters, Instant now) {
        return new NotificationRequested(
                UUID.randomUUID(), participantId, Channel.EMAIL, email, template, LANGUAGE, parameters, now);
    }
}
