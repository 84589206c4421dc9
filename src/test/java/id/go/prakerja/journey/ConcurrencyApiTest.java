package id.go.prakerja.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Concurrently;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConcurrencyApiTest {

    @Inject
    Pool pool;

    @Test
    void twoSimultaneousRegistrationsWithOneEmailGiveExactlyOneAccount() {
        var email = Participants.uniqueEmail();
        var statuses = Concurrently.run(
                2,
                i -> given().contentType(ContentType.JSON)
                        .body(Map.of("email", email, "password", "rahasia-sekali-" + i))
                        .post("/api/v1/registrations")
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void twentyParallelApplicationsNeverSelectMoreThanTheQuota() {
        var participants = new Participants(pool);
        var registry = new RegistryDouble();
        var applicants = new ArrayList<UUID>();
        for (int i = 0; i < 20; i++) {
            applicants.add(participants.identityVerified(registry));
        }
        int quota = 7;
        var batchId = Participants.openBatch(quota);
        var statuses = Concurrently.run(
                20,
                i -> given().contentType(ContentType.JSON)
                        .body(Map.of("batchId", batchId))
                        .post("/api/v1/participants/{id}/batch-applications", applicants.get(i))
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsOnly(201);

        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/operator/batches/{id}/selection", batchId)
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> applicants.stream()
                        .map(id -> (String)
                                given().get("/api/v1/participants/{id}", id).path("status"))
                        .allMatch(status -> status.equals("CARD_ISSUED") || status.equals("NOT_SELECTED")));
        var cards = applicants.stream()
                .filter(id -> "CARD_ISSUED"
                        .equals(given().get("/api/v1/participants/{id}", id).path("status")))
                .count();
        assertThat(cards).isEqualTo(quota);
        given().get("/api/v1/operator/batches/{id}", batchId)
                .then()
                .body("applicants", equalTo(20))
                .body("selected", equalTo(quota));
    }
}
