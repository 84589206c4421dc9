package id.go.prakerja.overview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import id.go.prakerja.batch.CardNumbers;
import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class JourneyApiTest {

    @Inject
    Pool pool;

    private final RegistryDouble registry = new RegistryDouble();

    @Test
    void aParticipantWalksFromRegistrationToAnIssuedCard() {
        var participants = new Participants(pool);
        var email = Participants.uniqueEmail();
        var registered = given().contentType(ContentType.JSON)
                .body(Participants.registration(email, "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"3\"")
                .body("status", equalTo("REGISTERED"))
                .extract();
        var participantId = UUID.fromString(registered.path("participantId"));

        // Read-your-writes: the view waits for the version the command answered.
        given().queryParam("minVersion", 3)
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("email", equalTo(email));

        given().contentType(ContentType.JSON)
                .body(Map.of("token", participants.verificationToken(participantId)))
                .post("/api/v1/registrations/{id}/email-verification", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("EMAIL_VERIFIED"));

        given().contentType(ContentType.JSON)
                .body(Participants.eligibleProfile())
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROFILE_COMPLETED"));

        var questions = given().get("/api/v1/basic-test")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(questions.getList("id")).containsExactlyInAnyOrderElementsOf(Participants.PASSING_ANSWERS.keySet());
        assertThat(questions.getList("correct")).containsOnlyNulls();
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Participants.PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", participantId)
                .then()
                .statusCode(200)
                .body("score", equalTo(100))
                .body("passed", equalTo(true));

        given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/" + participantId + ".jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then()
                .statusCode(202)
                .body("requestId", notNullValue());
        var request = registry.awaitRequest(participantId);
        assertThat(request.getString("nik")).hasSize(16);
        registry.answer(participantId, true, true, true, null);
        Participants.awaitStatus(participantId, "IDENTITY_VERIFIED");

        var batchId = Participants.openBatch(1);
        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId))
                .post("/api/v1/participants/{id}/batch-applications", participantId)
                .then()
                .statusCode(201)
                .body("status", equalTo("BATCH_JOINED"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/operator/batches/{id}/selection", batchId)
                .then()
                .statusCode(200)
                .body("selected", equalTo(1));

        Participants.awaitStatus(participantId, "CARD_ISSUED");
        var card = given().get("/api/v1/participants/{id}", participantId)
                .then()
                .extract()
                .jsonPath();
        assertThat(CardNumbers.isValid(card.getString("cardNumber"))).isTrue();
        assertThat(card.getLong("balance")).isEqualTo(1_000_000L);
        assertThat(Instant.parse(card.getString("purchaseDeadline")))
                .isAfter(Instant.now().plus(Duration.ofDays(29)))
                .isBefore(Instant.now().plus(Duration.ofDays(31)));
        given().get("/api/v1/participants/{id}/balance", participantId)
                .then()
                .statusCode(200)
                .body("balance", equalTo(1_000_000))
                .body("currency", equalTo("IDR"));
        given().header("Accept-Language", "id")
                .get("/api/v1/participants/{id}/events", participantId)
                .then()
                .statusCode(200)
                .body(
                        "type",
                        hasItems(
                                "participant-registered.v1",
                                "email-verified.v1",
                                "profile-completed.v1",
                                "identity-verified.v1",
                                "card-issued.v1"))
                .body("summaryId", hasItems("Kartu Prakerja diterbitkan dengan saldo pelatihan Rp 1.000.000"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/v1/operator/batches/{id}", batchId)
                        .then()
                        .body("applicants", equalTo(1))
                        .body("selected", equalTo(1))
                        .body("status", equalTo("SELECTED")));
        assertThat(KafkaTestClients.awaitNotification(participantId, "CARD_ISSUED")
                        .headers()
                        .lastHeader("ce_type"))
                .isNotNull();
    }

    @Test
    void aRejectedIdentityIsRecordedAndCanBeRequestedAgain() {
        var participantId = new Participants(pool).withPassedBasicTest();
        given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/blurry.jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then()
                .statusCode(202);
        registry.answer(participantId, true, true, false, "FACE_MISMATCH");
        Participants.awaitStatus(participantId, "IDENTITY_REJECTED");

        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", UUID.randomUUID()))
                .post("/api/v1/participants/{id}/batch-applications", participantId)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/clear.jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then()
                .statusCode(202);
        Participants.awaitStatus(participantId, "IDENTITY_VERIFICATION_PENDING");
    }

    @Test
    void aRedeliveredRegistryAnswerIsAppliedOnceAndAnUnreadableOneIsDeadLettered() {
        var participantId = new Participants(pool).identityVerified(registry);
        var request = registry.awaitRequest(participantId);
        registry.send(
                "{\"requestId\":\"" + request.getString("requestId") + "\",\"participantId\":\"" + participantId
                        + "\",\"nikMatch\":false,\"kkMatch\":true,\"faceMatch\":true}",
                participantId.toString());
        var garbage = "not json " + UUID.randomUUID();
        registry.send(garbage, participantId.toString());

        try (var deadLetters =
                KafkaTestClients.consumerFromStart("prakerja.identity-verification-results.dead-letter.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : deadLetters.poll(Duration.ofMillis(200))) {
                    if (garbage.equals(record.value())) {
                        var reason = record.headers().lastHeader("dead-letter-reason");
                        return reason != null
                                && new String(reason.value(), StandardCharsets.UTF_8).contains("Unreadable");
                    }
                }
                return false;
            });
        }
        given().get("/api/v1/participants/{id}", participantId)
                .then()
                .body("status", equalTo("IDENTITY_VERIFIED"))
                .body(
                        "version",
                        equalTo(given().get("/api/v1/participants/{id}/events", participantId)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("version")
                                .size()));
    }

    /** A value the database refuses as data is the record's fault: dead-lettered, not retried as if it would pass. */
    @Test
    void aRegistryAnswerTheDatabaseCannotStoreIsDeadLetteredAndTheNextAnswerApplies() {
        var participantId = new Participants(pool).withPassedBasicTest();
        given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/nul.jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then()
                .statusCode(202);
        registry.answer(participantId, true, true, false, "FACE\u0000MISMATCH");

        try (var deadLetters =
                KafkaTestClients.consumerFromStart("prakerja.identity-verification-results.dead-letter.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : deadLetters.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(participantId.toString())) {
                        var reason = record.headers().lastHeader("dead-letter-reason");
                        return reason != null
                                && new String(reason.value(), StandardCharsets.UTF_8)
                                        .contains("holds a value the database cannot store");
                    }
                }
                return false;
            });
        }
        registry.answer(participantId, true, true, false, "FACE_MISMATCH");
        Participants.awaitStatus(participantId, "IDENTITY_REJECTED");
    }

    @Test
    void unknownParticipantsAreNotFoundAsProblems() {
        for (var read : List.of("", "/balance", "/events", "/purchases", "/incentives")) {
            given().header("Accept-Language", "en")
                    .get("/api/v1/participants/{id}" + read, UUID.randomUUID())
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Not found"));
        }
        // Someone who exists but bought nothing yet has an empty list, not a 404.
        var registered = new Participants(pool).register();
        given().get("/api/v1/participants/{id}/purchases", registered).then().statusCode(200);
        given().get("/api/v1/participants/{id}/incentives", registered)
                .then()
                .statusCode(200)
                .body("installments", empty());
        // A signed-in participant naming an id that is not theirs learns nothing more than that it is not found.
        var someone = new Participants(pool).registeredAndVerified();
        given().header("Authorization", "Bearer " + SignedIn.participantToken(someone))
                .contentType(ContentType.JSON)
                .body(Map.of("answers", Participants.PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("violations[0].rule", equalTo("PARTICIPANT_NOT_FOUND"));
    }
}
