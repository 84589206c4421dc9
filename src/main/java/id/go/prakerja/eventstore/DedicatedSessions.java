package id.go.prakerja.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostgreSQL connections outside the pool, with the service's datasource settings: sessions for what is tied to a
 * session (LISTEN, and advisory locks that must end when the session does), and a pipelined client for hot
 * single-statement reads.
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

    /**
     * A client that sends each statement on one of a few connections without waiting for the answers to those before
     * it, where the pool lends a whole connection per statement. Only for statements outside a transaction, and only
     * for quick ones: a slow statement holds up those behind it on its connection.
     */
    public SqlClient pipelinedClient(int connections) {
        return SqlClient.newInstance(PgBuilder.client()
                .with(new PoolOptions().setMaxSize(connections))
                .connectingTo(new PgConnectOptions(options).setCachePreparedStatements(true))
                .using(vertx.getDelegate())
                .build());
    }

    /** A LISTEN session that reconnects on its own and re-subscribes its channels. */
    public PgSubscriber subscriber() {
        return PgSubscriber.subscriber(vertx, new PgConnectOptions(options)).reconnectPolicy(retries -> 500L);
    }
}
