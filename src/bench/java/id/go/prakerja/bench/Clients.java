package id.go.prakerja.bench;

import id.go.prakerja.local.EmbeddedPostgresServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.concurrent.TimeUnit;

/**
 * The harness's own connections, one per load client, on one Vert.x instance: load that queues in the harness would
 * count as the service's latency.
 *
 * @param queryHttp the query load's client: plain Vert.x HTTP costs the shared cores less per request than the web
 *     client
 * @param port the service's HTTP port
 */
record Clients(Vertx vertx, Pool pool, WebClient http, HttpClient queryHttp, int port) {

    /** Clients of {@code postgres} and of the service that listens on {@code port}. */
    static Clients connect(EmbeddedPostgresServer postgres, int port) {
        var vertx = Vertx.vertx();
        var options = PgConnectOptions.fromUri(postgres.reactiveUrl())
                .setUser(EmbeddedPostgresServer.USER)
                .setPassword(EmbeddedPostgresServer.USER)
                .setCachePreparedStatements(true);
        var pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(Settings.CLIENTS))
                .connectingTo(options)
                .using(vertx)
                .build();
        var http = WebClient.create(
                vertx, new WebClientOptions().setMaxPoolSize(Settings.CLIENTS).setKeepAlive(true));
        var queryHttp = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setDefaultHost("localhost")
                        .setDefaultPort(port),
                new io.vertx.core.http.PoolOptions().setHttp1MaxSize(Settings.CLIENTS));
        return new Clients(vertx, pool, http, queryHttp, port);
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    }
}
