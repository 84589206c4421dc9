package id.go.prakerja.notification;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import id.go.prakerja.platform.privacy.Masked;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In the local run there is no mail server: notifications are written to the console, so that a person trying the
 * platform can read the verification token; addresses are masked even there.
 */
@ApplicationScoped
public class NotificationConsoleLog implements LogConsumer {

    private static final Logger LOG = Logger.getLogger(NotificationConsoleLog.class);

    private final boolean enabled;
    private final Set<String> payloadTypes;
    private final Notifications notifications;

    public NotificationConsoleLog(
            @ConfigProperty(name = "prakerja.notifications.log-to-console", defaultValue = "false") boolean enabled,
            Notifications notifications) {
        this.enabled = enabled;
        this.payloadTypes = enabled ? notifications.types().storedTypes() : Set.of();
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "notification-console-log";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return enabled && event.category().equals(Notifications.CATEGORY);
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(payloadTypes);
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        for (var event : events) {
            var notification = (NotificationRequested) notifications.types().fromRecorded(event);
            if (notification.recipient() == null) {
                continue;
            }
            // The one-time code is what the person trying the platform needs; their address is masked all the same.
            var parameters = new TreeMap<String, String>();
            notification.parameters().forEach((name, value) -> parameters.put(name, masked(value)));
            LOG.infof(
                    "Notification %s to %s via %s: %s",
                    notification.template(), masked(notification.recipient()), notification.channel(), parameters);
        }
        return Uni.createFrom().voidItem();
    }

    /** An address or a phone number masked; a code or a name of a template as it is. */
    private static String masked(String value) {
        if (value == null) {
            return null;
        }
        if (value.contains("@")) {
            return Masked.email(value);
        }
        return value.startsWith("+") ? Masked.number(value) : value;
    }
}
