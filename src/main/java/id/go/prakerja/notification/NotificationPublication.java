package id.go.prakerja.notification;

import id.go.prakerja.eventstore.relay.Publication;
import id.go.prakerja.eventstore.relay.PublishedEvents;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Notifications for the e-mail and SMS sender, on {@code prakerja.notifications.v1}, which only that sender may
 * read: the recipient's address and the template's parameters (a one-time code among them) are what it needs.
 */
@Singleton
public class NotificationPublication {

    /** One message to send; {@code notificationId} lets the sender recognise a redelivery. */
    public record Delivery(
            UUID notificationId,
            UUID participantId,
            String channel,
            String recipient,
            String template,
            String language,
            Map<String, String> parameters,
            Instant requestedAt) {}

    @Produces
    @Singleton
    Publication notifications(Notifications notifications) {
        return PublishedEvents.of(Notifications.CATEGORY, notifications.types())
                .publish(
                        NotificationRequested.class,
                        "prakerja.notification.requested.v1",
                        Delivery.class,
                        (e, id) -> e.recipient() == null
                                ? null // the recipient's data was erased before the message left: it never will
                                : new Delivery(
                                        e.notificationId(),
                                        e.participantId(),
                                        e.channel().name(),
                                        e.recipient(),
                                        e.template(),
                                        e.language(),
                                        e.parameters(),
                                        e.requestedAt()));
    }
}
