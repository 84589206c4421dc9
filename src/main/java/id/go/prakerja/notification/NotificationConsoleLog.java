package id.go.prakerja.notification;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In the local run there is no mail server: notifications are written to the console, so that a person trying the
 * platform can read the verification token.
 */
@ApplicationScoped
public class NotificationConsoleLog implements LogConsumer {

    private static final Logger LOG = Logger.getLogger(NotificationConsoleLog.class);

    private final boolean enabled;
    private final Set<String> payloadTypes;

    public NotificationConsoleLog(
            @ConfigProperty(name = "prakerja.notifications.log-to-console", defaultValue = "false") boolean enabled,
            Notifications notifications) {
        this.enabled = enabled;
        this.payloadTypes = enabled ? notifications.types().storedTypes() : Set.of();
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
            var payload = event.payloadJson();
            LOG.infof(
                    "Notification %s to %s via %s: %s",
                    payload.getString("template"),
                    payload.getString("recipient"),
                    payload.getString("channel"),
                    payload.getJsonObject("parameters").encode());
        }
        return Uni.createFrom().voidItem();
    }
}
