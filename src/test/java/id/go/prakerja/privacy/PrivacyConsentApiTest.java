package id.go.prakerja.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.ParticipantCommand.AcceptPrivacyNotice;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The privacy notice: served in both languages, accepted at registration, asked for again once it changed. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PrivacyConsentApiTest {

    @Inject
    Pool pool;

    @Inject
    ParticipantService participants;

    @Test
    void theNoticeInForceIsServedInIndonesianAndInEnglish() {
        given().header(SignedIn.ANONYMOUS, "true")
                .get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .body("version", equalTo(Participants.PRIVACY_NOTICE))
                .body("language", equalTo("id"))
                .body("text", containsString("Undang-Undang Nomor 27 Tahun 2022"));
        given().header(SignedIn.ANONYMOUS, "true")
                .header("Accept-Language", "en")
                .get("/api/v1/privacy-notice")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("text", containsString("Personal Data Protection"));
    }

    @Test
    void registeringNeedsTheNoticeInForce() {
        var registration = new HashMap<String, Object>(Map.of(
                "email",
                Participants.uniqueEmail(),
                "password",
                "rahasia-sekali-123",
                "privacyNoticeVersion",
                "2020-01"));
        given().header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(registration)
                .post("/api/v1/registrations")
                .then()
                .statusCode(422)
                .body("violations.rule", hasItem("PRIVACY_NOTICE_OUTDATED"));
        registration.remove("privacyNoticeVersion");
        given().contentType(ContentType.JSON)
                .body(registration)
                .post("/api/v1/registrations")
                .then()
                .statusCode(400);
    }

    @Test
    void aParticipantWhoAcceptedAnOlderNoticeIsAskedAgainAtSignInAndTheAcceptanceIsRecorded() {
        var email = Participants.uniqueEmail();
        var participantId = new Participants(pool).registeredAndVerified(email);
        participants
                .execute(
                        participantId,
                        new AcceptPrivacyNotice("2025-01", Instant.now()),
                        EventMetadata.of("consent-test", null, "test"))
                .await()
                .atMost(Duration.ofSeconds(30));
        var login = new HashMap<String, Object>(Map.of("email", email, "password", "rahasia-sekali-123"));

        given().header(SignedIn.ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(login)
                .post("/api/v1/auth/login")
                .then()
                .statusCode(422)
                .body("violations.rule", hasItem("PRIVACY_NOTICE_OUTDATED"));
        login.put("privacyNoticeVersion", Participants.PRIVACY_NOTICE);
        var token = given().header(SignedIn.ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(login)
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken")
                .toString();

        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/participants/{id}/personal-data", participantId)
                .then()
                .statusCode(200)
                .body("privacyNoticeVersion", equalTo(Participants.PRIVACY_NOTICE))
                .body(
                        "journey.findAll { it.type == 'privacy-notice-accepted.v1' }.data.version",
                        equalTo(java.util.List.of(
                                Participants.PRIVACY_NOTICE, "2025-01", Participants.PRIVACY_NOTICE)));
    }
}
