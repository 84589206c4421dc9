package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started as production starts it, against the real PostgreSQL and Kafka: what the unit of
 * deployment does end to end. Built with {@code -Paot} on JDK 25, this run is also the training run whose AOT cache
 * the image starts from.
 */
@QuarkusIntegrationTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PackagedApplicationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void thePackagedApplicationRegistersAParticipantProjectsItAndRelaysTheEmailToKafka() {
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        var email = Participants.uniqueEmail();

        var participantId = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Participants.registration(email, "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("participantId"));

        var verification = KafkaTestClients.awaitNotification(participantId, "EMAIL_VERIFICATION");
        assertThat(verification.headers().lastHeader("ce_type")).isNotNull();
        var code =
                new JsonObject(verification.value()).getJsonObject("parameters").getString("token");
        given().contentType(ContentType.JSON)
                .body(Map.of("token", code))
                .post("/api/v1/registrations/{id}/email-verification", participantId)
                .then()
                .statusCode(200);

        // Signed in as the participant (testing.SignedIn): their own journey, and no one else's.
        Participants.awaitStatus(participantId, "EMAIL_VERIFIED");
        given().get("/api/v1/participants/{id}/balance", participantId).then().statusCode(200);
        given().get("/api/v1/trainings").then().statusCode(200);
        given().header("Accept-Language", "id")
                .header("Authorization", "Bearer " + SignedIn.participantToken(participantId))
                .get("/api/v1/participants/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header(SignedIn.ANONYMOUS, "true")
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(401);
        given().get("/api/v1/participants/{id}", participantId).then().body("email", equalTo(email));
    }
}
