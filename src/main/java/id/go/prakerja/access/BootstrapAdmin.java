package id.go.prakerja.access;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.operator.OperatorService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Creates the first admin at start, so that a fresh deployment can be signed in to at all. */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final OperatorService operators;
    private final BootstrapAdminConfig config;

    public BootstrapAdmin(OperatorService operators, BootstrapAdminConfig config) {
        this.operators = operators;
        this.config = config;
    }

    // Start-up runs on the main thread, which may wait; requests are not served yet.
    void onStart(@Observes StartupEvent start) {
        if (config.email().isEmpty() || config.password().isEmpty()) {
            return;
        }
        var id = UUID.randomUUID().toString();
        boolean created = operators
                .bootstrapAdmin(
                        config.email().get(), config.password().get(), EventMetadata.of(id, id, "system:bootstrap"))
                .await()
                .atMost(Duration.ofMinutes(1));
        if (created) {
            LOG.info("Created the bootstrap admin account: no enabled admin existed");
        }
    }
}
