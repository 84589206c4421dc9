package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for 20 s under a steady load of registrations and comes back on its port: while it is away every request
 * is answered 503 problem+json with Retry-After, and afterwards the service goes on by itself, with every registration
 * it acknowledged in the log and its projection.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private final ConcurrentLinkedQueue<UUID> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);

    @Test
    void aDatabaseOutageIsAnsweredWith503AndSurvivedWithNothingAcknowledgedLost() throws InterruptedException {
        var load = startLoad(2);
        try {
            await().atMost(TIMEOUT).until(() -> acknowledged.size() >= 5);
            RealInfrastructure.stopPostgres();
            try {
                int before = unavailable.get();
                await().atMost(TIMEOUT).until(() -> unavailable.get() >= before + 10);
                // The outage an operator meets (a restart, a fail-over) lasts a while: not ready all along, no other
                // answer.
                await().during(OUTAGE)
                        .atMost(OUTAGE.plus(TIMEOUT))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> unexpected.isEmpty()
                                && given().get("/q/health/ready").statusCode() == 503);
            } finally {
                RealInfrastructure.startPostgres();
            }
            await().atMost(TIMEOUT)
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
            int afterRestart = acknowledged.size();
            await().atMost(TIMEOUT).until(() -> acknowledged.size() >= afterRestart + 10);
        } finally {
            loading.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(unexpected).isEmpty();
        assertThat(unavailable.get()).isGreaterThanOrEqualTo(10);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            for (var participantId : acknowledged) {
                given().get("/api/v1/participants/{id}", participantId)
                        .then()
                        .statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("REGISTERED"));
            }
        });
    }

    private ExecutorService startLoad(int clients) {
        var load = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            load.submit(this::registerUntilStopped);
        }
        return load;
    }

    private void registerUntilStopped() {
        while (loading.get()) {
            var response = given().contentType(ContentType.JSON)
                    .header("Accept-Language", "en")
                    .body(Participants.registration(Participants.uniqueEmail(), "rahasia-sekali-123"))
                    .post("/api/v1/registrations")
                    .then()
                    .extract();
            if (response.statusCode() == 201) {
                acknowledged.add(UUID.fromString(response.path("participantId")));
            } else if (response.statusCode() == 503
                    && response.contentType().startsWith("application/problem+json")
                    && response.header("Retry-After") != null
                    && response.<String>path("detail").contains("database")) {
                unavailable.incrementAndGet();
            } else {
                unexpected.add(response.statusCode() + " " + response.contentType() + " " + response.asString());
            }
        }
    }
}
