package id.go.prakerja.eventstore;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * PostgreSQL connections outside the pool: sessions for what is tied to a session (LISTEN, and advisory locks that
 * must end when the session does), and a pipelined client for hot single-statement reads.
 *
 * <p>They connect with the options Quarkus builds for the pool out of the whole datasource configuration (TLS,
 * timeouts, additional properties), which this bean receives by creating the pool itself ({@link PgPoolCreator}).
 * Credentials providers, which Quarkus only applies to a pool it creates, are therefore not supported.
 */
@ApplicationScoped
public class DedicatedSessions implements PgPoolCreator {

    private final Vertx vertx;
    private final Instance<Pool> pool;
    private final EventStoreConfig.Connections config;
    private volatile PgConnectOptions options;

    public DedicatedSessions(Vertx vertx, Instance<Pool> pool, EventStoreConfig config) {
        this.vertx = vertx;
        this.pool = pool;
        this.config = config.connections();
    }

    /**
     * The pool, with the bounds that make an unreachable database a quick answer rather than a hanging request: how
     * long to try a connection, and how many requests may wait for one. The pool's own wait timer is off: in Vert.x
     * 4.5.27 it is not cancelled when the connection fails, and fires later into a completed promise, an ERROR per
     * request of an outage; the connect timeout bounds the outage instead, the queue bounds a saturated pool.
     */
    @Override
    public io.vertx.sqlclient.Pool create(Input input) {
        input.pgConnectOptionsList()
                .forEach(connect ->
                        connect.setConnectTimeout((int) config.connectTimeout().toMillis()));
        options = input.pgConnectOptionsList().get(0);
        return PgBuilder.pool()
                .with(input.poolOptions().setConnectionTimeout(0).setMaxWaitQueueSize(config.maxWaiting()))
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }

    public Uni<SqlConnection> connect() {
        return PgConnection.connect(vertx, options()).map(SqlConnection.class::cast);
    }

    /** A session under {@code applicationName}, by which others see it in {@code pg_stat_activity}. */
    public Uni<SqlConnection> connect(String applicationName) {
        var named = new PgConnectOptions(options()).addProperty("application_name", applicationName);
        return PgConnection.connect(vertx, named).map(SqlConnection.class::cast);
    }

    /**
     * A client that sends each statement on one of a few connections without waiting for the answers to those before
     * it, where the pool lends a whole connection per statement. Only for statements outside a transaction, and only
     * for quick ones: a slow statement holds up those behind it on its connection.
     */
    public SqlClient pipelinedClient(int connections) {
        return SqlClient.newInstance(PgBuilder.client()
                .with(new PoolOptions().setMaxSize(connections))
                .connectingTo(new PgConnectOptions(options()).setCachePreparedStatements(true))
                .using(vertx.getDelegate())
                .build());
    }

    /** A LISTEN session that reconnects on its own and re-subscribes its channels. */
    public PgSubscriber subscriber() {
        return PgSubscriber.subscriber(vertx, new PgConnectOptions(options())).reconnectPolicy(retries -> 500L);
    }

    private PgConnectOptions options() {
        if (options == null) {
            // The pool is created on its first use, and its creation hands over the options.
            pool.get().getDelegate();
        }
        return options;
    }
}
