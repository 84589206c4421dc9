package id.go.prakerja.notification;

import id.go.prakerja.eventstore.EventType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message the participant must receive, in the stream {@code notification-<id>}; the relay delivers it to the
 * notifications topic for the downstream e-mail and SMS sender.
 */
@EventType("notification-requested.v1")
public record NotificationRequested(
        UUID notificationId,
        UUID participantId,
        Channel channel,
        String recipient,
        String template,
        String language,
        Map<String, String> parameters,
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
