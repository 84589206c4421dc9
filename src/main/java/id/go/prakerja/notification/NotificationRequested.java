package id.go.prakerja.notification;

import id.go.prakerja.eventstore.EventType;
import id.go.prakerja.eventstore.personal.PersonalData;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message the participant must receive, in the stream {@code notification-<id>}; the relay delivers it to the
 * notifications topic for the downstream e-mail and SMS sender. The address and the parameters (a one-time code among
 * them) are sealed with the account holder's key: the mailer gets them in clear, the log never has them so.
 */
@EventType("notification-requested.v1")
public record NotificationRequested(
        UUID notificationId,
        UUID participantId,
        Channel channel,
        @PersonalData String recipient,
        String template,
        String language,
        @PersonalData Map<String, String> parameters,
        Instant requestedAt)
        implements NotificationEvent {

    /** An e-mail to one account (a participant's or an operator's), in Indonesian. */
    public static NotificationRequested email(
            UUID accountId, String address, String template, Map<String, String> parameters, Instant now) {
        return new NotificationRequested(
                UUID.randomUUID(), accountId, Channel.EMAIL, address, template, "id", parameters, now);
    }

    public enum Channel {
        EMAIL,
        SMS
    }
}
