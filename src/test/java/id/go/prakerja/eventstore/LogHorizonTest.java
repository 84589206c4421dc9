package id.go.prakerja.eventstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A transaction left open anywhere holds every subscription back: readiness names the backend, a metric its age. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class LogHorizonTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String BLOCKER = "test-forgotten-transaction";

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @Test
    void aTransactionLeftOpenIsNamedWhileItRuns() {
        var options = PgConnectOptions.fromUri(url)
                .setUser("postgres")
                .setPassword("postgres")
                .addProperty("application_name", BLOCKER);
        var connection = PgConnection.connect(vertx, options).await().atMost(TIMEOUT);
        try {
            connection.query("begin").execute().await().atMost(TIMEOUT);
            connection.query("select pg_current_xact_id()").execute().await().atMost(TIMEOUT);

            await().atMost(TIMEOUT).until(() -> horizon().contains(BLOCKER));
            assertThat(horizon()).startsWith("oldest transaction").contains("idle in transaction");
            assertThat(given().get("/q/metrics").asString()).contains("prakerja_eventstore_oldest_transaction_seconds");

            connection.query("commit").execute().await().atMost(TIMEOUT);
            await().atMost(TIMEOUT).until(() -> !horizon().contains(BLOCKER));
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }
    }

    private static String horizon() {
        Object detail = given().get("/q/health/ready")
                .then()
                .extract()
                .path("checks.find { it.name == 'Subscriptions' }.data.'log horizon'");
        return String.valueOf(detail);
    }
}
