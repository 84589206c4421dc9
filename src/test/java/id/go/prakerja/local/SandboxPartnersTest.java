package id.go.prakerja.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.incentive.DisbursementJob;
import id.go.prakerja.testing.Journeys;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.Trainings;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The local run's sandbox partners, on the real broker, carry a participant from registration to a paid first
 * installment: nothing in the journey is answered by a test double.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SandboxPartnersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Inject
    Pool pool;

    @Inject
    DisbursementJob disbursementJob;

    @Test
    void theSandboxCarriesAParticipantFromRegistrationToAPaidInstallment() {
        var rules = new SandboxPartners.Rules(
                Pattern.compile("\\d{12}0000"), Pattern.compile("0000\\d*"), Duration.ofSeconds(1));
        try (var sandbox = start(rules)) {
            var participantId = verifyingIdentity();
            await().atMost(TIMEOUT).untilAsserted(() -> Participants.awaitStatus(participantId, "IDENTITY_VERIFIED"));

            var batchId = Participants.openBatch(1);
            given().contentType(ContentType.JSON)
                    .body(Map.of("batchId", batchId))
                    .post("/api/v1/participants/{id}/batch-applications", participantId)
                    .then()
                    .statusCode(201);
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .post("/api/v1/operator/batches/{id}/selection", batchId)
                    .then()
                    .statusCode(200);
            Participants.awaitStatus(participantId, "CARD_ISSUED");

            var bought = given().contentType(ContentType.JSON)
                    .body(Map.of("trainingId", Trainings.publish(300_000, 3)))
                    .post("/api/v1/participants/{id}/purchases", participantId)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            await().atMost(TIMEOUT).untilAsserted(() -> Participants.awaitStatus(participantId, "CERTIFIED"));
            // The sandbox bank fails an account its rule names; a corrected account is paid.
            Journeys.setAccount(participantId, "0000123456").statusCode(200);
            given().contentType(ContentType.JSON)
                    .body(Map.of("rating", 5, "review", "Praktis"))
                    .post(
                            "/api/v1/participants/{id}/purchases/{purchase}/review",
                            participantId,
                            bought.getString("purchaseId"))
                    .then()
                    .statusCode(201);
            await().atMost(TIMEOUT).until(() -> Journeys.installments(participantId) == 4);

            disbursementJob.run().await().atMost(TIMEOUT);
            await().atMost(TIMEOUT).until(() -> "FAILED".equals(Journeys.installmentStatus(participantId, 1)));
            Journeys.setAccount(participantId, "0123456789").statusCode(200);
            disbursementJob.run().await().atMost(TIMEOUT);
            await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));
        }
    }

    @Test
    void theSandboxRegistryRejectsTheNikItsRuleNames() {
        var rules =
                new SandboxPartners.Rules(Pattern.compile("\\d+"), Pattern.compile("0000\\d*"), Duration.ofSeconds(1));
        try (var sandbox = start(rules)) {
            var participantId = verifyingIdentity();
            await().atMost(TIMEOUT).untilAsserted(() -> Participants.awaitStatus(participantId, "IDENTITY_REJECTED"));
        }
    }

    private static SandboxPartners start(SandboxPartners.Rules rules) {
        return SandboxPartners.start(
                RealInfrastructure.kafkaBootstrapServers(), "sandbox-test-" + UUID.randomUUID(), rules);
    }

    /** A participant who passed the basic test and asked for the identity check. */
    private UUID verifyingIdentity() {
        var participantId = new Participants(pool).withPassedBasicTest();
        given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/" + participantId + ".jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then()
                .statusCode(202);
        return participantId;
    }
}
