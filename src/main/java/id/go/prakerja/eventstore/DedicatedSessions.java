package id.go.prakerja.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostgreSQL sessions outside the pool, for what is tied to a session: LISTEN, and advisory locks that must end
 * when the session does. They use the service's datasource settings.
 */
@ApplicationScoped
public class DedicatedSessions {

    private static final String VERTX_PREFIX = "vertx-reactive:";

    private final Vertx vertx;
    private final PgConnectOptions options;

    public DedicatedSessions(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.options =
                PgConnectOptions.fromUri(url.startsWith(VERTX_PREFIX) ? url.substring(VERTX_PREFIX.length()) : url);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
    }

    public Uni<SqlConnection> connect() {
        return PgConnection.connect(vertx, options).map(SqlConnection.class::cast);
    }

    /** A LISTEN session that reconnects on its own and re-subscribes its channels. */
    public PgSubscriber subscriber() {
        return PgSubscriber.subscriber(vertx, new PgConnectOptions(options)).reconnectPolicy(retries -> 500L);
    }
}
