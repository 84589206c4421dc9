package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotencyTest {

    @Inject
    EventStore eventStore;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstResponseAndAppendsNothing() {
        var id = UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        var first = given().header("Idempotency-Key", key)
                .when()
                .post("/test/tallies/{id}", id)
                .then()
                .statusCode(201)
                .extract()
                .asString();

        given().header("Idempotency-Key", key)
                .when()
                .post("/test/tallies/{id}", id)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body(equalTo(first));

        assertThat(events(id)).isEqualTo(1);
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .when()
                .post("/test/tallies/{id}", id)
                .then()
                .statusCode(201)
                .body("version", equalTo(2));
        assertThat(events(id)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        var id = UUID.randomUUID();
        given().when().post("/test/tallies/{id}", id).then().statusCode(201);
        given().when().post("/test/tallies/{id}", id).then().statusCode(201);
        assertThat(events(id)).isEqualTo(2);
    }

    @Test
    void anOverlongKeyIsABadRequestInTheClientsLanguage() {
        given().header("Idempotency-Key", "k".repeat(300))
                .header("Accept-Language", "en")
                .when()
                .post("/test/tallies/{id}", UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid Idempotency-Key"));
        given().header("Idempotency-Key", "k".repeat(300))
                .header("Accept-Language", "id-ID,id;q=0.9")
                .when()
                .post("/test/tallies/{id}", UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("title", equalTo("Idempotency-Key tidak valid"));
    }

    private long events(UUID id) {
        return eventStore
                .readStream("tally-" + id)
                .await()
                .atMost(Duration.ofSeconds(10))
                .size();
    }
}
