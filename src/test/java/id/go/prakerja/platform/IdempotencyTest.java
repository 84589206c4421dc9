package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotencyTest {

    @Inject
    EventStore eventStore;

    @Inject
    Pool pool;

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
    void theSameKeyWithAnotherBodyIsRefusedNotAnsweredWithTheFirstResponse() {
        var id = UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key)
                .contentType("application/json")
                .body("{\"trainingId\":2}")
                .post("/test/tallies/{id}", id)
                .then()
                .statusCode(201);

        given().header("Idempotency-Key", key)
                .header("Accept-Language", "en")
                .contentType("application/json")
                .body("{\"trainingId\":3}")
                .post("/test/tallies/{id}", id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Idempotency-Key used for another request"));
        given().header("Idempotency-Key", key)
                .contentType("application/json")
                .body("{\"trainingId\":2}")
                .post("/test/tallies/{id}", id)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertThat(events(id)).isEqualTo(1);
    }

    /** A claim left by an instance that died mid-request: 409 while its lease runs, taken over once it has ended. */
    @Test
    void aKeyLeftInFlightByACrashIsTakenOverOnceItsLeaseEnds() {
        var running = UUID.randomUUID();
        var crashed = UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        inFlight(running, key, "now() + interval '1 minute'");
        inFlight(crashed, key, "now() - interval '1 second'");

        given().header("Idempotency-Key", key)
                .post("/test/tallies/{id}", running)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().header("Idempotency-Key", key)
                .post("/test/tallies/{id}", crashed)
                .then()
                .statusCode(201);
        given().header("Idempotency-Key", key)
                .post("/test/tallies/{id}", crashed)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertThat(events(running)).isZero();
        assertThat(events(crashed)).isEqualTo(1);
    }

    @Test
    void aKeyOnAnEndpointThatIsNotIdempotentChangesNothing() {
        var id = UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key)
                .post("/test/tallies/{id}/unkeyed", id)
                .then()
                .statusCode(201);
        given().header("Idempotency-Key", key)
                .post("/test/tallies/{id}/unkeyed", id)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
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

    /** A claim as a request without query or body leaves it while it runs, its lease ending at {@code leaseEnd}. */
    private void inFlight(UUID id, String key, String leaseEnd) {
        String fingerprint;
        try {
            fingerprint = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[] {0}));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        pool.preparedQuery("insert into idempotency_keys (request_scope, idempotency_key, created_at, expires_at,"
                        + " request_fingerprint, claimed_until) values ($1, $2, now(), now() + interval '1 day', $3, "
                        + leaseEnd + ")")
                .execute(Tuple.of("POST /test/tallies/" + id, key, fingerprint))
                .await()
                .atMost(Duration.ofSeconds(10));
    }

    private long events(UUID id) {
        return eventStore
                .readStream("tally-" + id)
                .await()
                .atMost(Duration.ofSeconds(10))
                .size();
    }
}
