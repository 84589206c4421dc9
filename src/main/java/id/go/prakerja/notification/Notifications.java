package id.go.prakerja.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.personal.DataKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records notifications in the caller's transaction, so that a notification exists exactly when the event that
 * caused it was committed. Each gets a stream of its own.
 */
@ApplicationScoped
public class Notifications {

    public static final String CATEGORY = "notification";

    private final EventStore eventStore;
    private final DataKeys dataKeys;
    private final EventTypeRegistry<NotificationEvent> types;

    public Notifications(EventStore eventStore, DataKeys dataKeys, ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.dataKeys = dataKeys;
        this.types = EventTypeRegistry.of(NotificationEvent.class, mapper, List.of());
    }

    public Uni<Void> request(
            SqlConnection transaction, List<NotificationRequested> notifications, EventMetadata metadata) {
        var appends = Uni.createFrom().voidItem();
        for (var notification : notifications) {
            // The recipient's address and the parameters are the account holder's personal data, sealed with their key.
            appends = appends.chain(() -> dataKeys.forWriting(transaction, notification.participantId())
                    .chain(key -> eventStore.append(
                            transaction,
                            StreamIds.of(CATEGORY, notification.notificationId()),
                            ExpectedVersion.noStream(),
                            List.of(types.toNewEvent(notification, metadata, key)),
                            notification.requestedAt()))
                    .replaceWithVoid());
        }
        return appends;
    }

    public EventTypeRegistry<NotificationEvent> types() {
        return types;
    }
}
