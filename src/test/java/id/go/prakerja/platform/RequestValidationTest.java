package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RawHttp;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets a 400 problem in the client's language, never a 500. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RequestValidationTest {

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    private int port;

    @BeforeEach
    void port() {
        port = base.getPort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"email\": ", "[1, 2]", "\"just a string\"", "null", ""})
    void malformedJsonIsABadRequest(String body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/registrations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aNulCharacterInATextIsABadRequestWhereverItWouldBeStoredOrLookedUp() {
        var now = java.time.Instant.now();
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of(
                        "name",
                        "Gelombang \u0000 NUL",
                        "quota",
                        10,
                        "opensAt",
                        now.toString(),
                        "closesAt",
                        now.plus(java.time.Duration.ofDays(7)).toString()))
                .post("/api/v1/operator/batches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Value cannot be stored"));
        given().get("/api/v1/certificates/{number}", "PRK\u0000")
                .then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)))
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"Gelombang ketat\", \"quota\": 1.5, \"opensAt\": \"2026-12-01T00:00:00Z\","
                        + " \"closesAt\": \"2026-12-09T00:00:00Z\"}",
                "{\"name\": \"Gelombang ketat\", \"quota\": \"12\", \"opensAt\": \"2026-12-01T00:00:00Z\","
                        + " \"closesAt\": \"2026-12-09T00:00:00Z\"}",
                "{\"name\": \"Gelombang ketat\", \"name\": \"Gelombang lain\", \"quota\": 12,"
                        + " \"opensAt\": \"2026-12-01T00:00:00Z\", \"closesAt\": \"2026-12-09T00:00:00Z\"}"
            })
    void jsonIsReadAsWrittenNotGuessedAt(String body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/operator/batches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingAndInvalidFieldsAreNamed() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("email", "not-an-email"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("password"));
    }

    @Test
    void wrongTypesAreABadRequest() {
        var participantId = new Participants(pool).registeredAndVerified();
        var profile = Participants.eligibleProfile();
        profile.put("birthDate", "yesterday");
        given().contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        profile = Participants.eligibleProfile();
        profile.put("sex", "UNKNOWN");
        given().contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(400);
        profile = Participants.eligibleProfile();
        profile.put("inFormalEducation", Map.of("nested", true));
        given().contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", "not-a-uuid"))
                .post("/api/v1/participants/{id}/batch-applications", participantId)
                .then()
                .statusCode(400);
    }

    @Test
    void aProfileWithMissingNestedFieldsNamesThem() {
        var participantId = new Participants(pool).registeredAndVerified();
        var profile = Participants.eligibleProfile();
        profile.remove("documents");
        profile.put("address", Map.of("province", "Jawa Barat"));
        given().contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("documents"))
                .body("violations.field", hasItem("postalCode"));
    }

    @Test
    void aPathThatIsNotAUuidOrAWrongMediaTypeIsAProblemToo() {
        given().header("Authorization", "Bearer " + SignedIn.adminToken())
                .get("/api/v1/participants/{id}", "12345")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.TEXT)
                .body("email=x")
                .post("/api/v1/registrations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        // As a participant, on an id that is not theirs: not found, as if it did not exist.
        var someone = new Participants(pool).registeredAndVerified();
        given().header("Authorization", "Bearer " + SignedIn.participantToken(someone))
                .contentType(ContentType.JSON)
                .body(Map.of("batchId", UUID.randomUUID()))
                .post("/api/v1/participants/{id}/batch-applications", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void violationsSpeakTheClientsLanguage() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "id")
                .body(Map.of("email", "bukan-email"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(400)
                .body(
                        "violations.find { it.field == 'email' }.message",
                        equalTo("harus berupa alamat e-mail yang benar"))
                .body("violations.find { it.field == 'password' }.message", equalTo("tidak boleh kosong"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("email", "not-an-email"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'password' }.message", equalTo("must not be blank"));
    }

    @Test
    void aClientThatAcceptsNoJsonGets406AndNothingHappens() {
        var email = Participants.uniqueEmail();
        given().contentType(ContentType.JSON)
                .accept("application/xml")
                .header("Accept-Language", "en")
                .body(Participants.registration(email, "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("title", equalTo("Not acceptable"));
        given().contentType(ContentType.JSON)
                .body(Participants.registration(email, "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201);
    }

    /** Refused by its declared length, before it is read into memory. */
    @Test
    void aBodyOverTheLimitIsAProblemToo() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body("{\"email\":\"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/api/v1/registrations")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Request too large"));
    }

    /** What the HTTP layer would answer with an empty body is a problem too; sent raw, as no client library would. */
    @Test
    void anAddressTooLongOrHeadersTooLargeAreProblems() throws Exception {
        var tooLong = RawHttp.send(port, "GET /api/v1/certificates/" + "A".repeat(5_000) + " HTTP/1.1", "");
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.problem().getString("title")).isEqualTo("Address too long");

        var tooLarge =
                RawHttp.send(port, "GET /api/v1/basic-test HTTP/1.1", "X-Padding: " + "p".repeat(20_000) + "\r\n");
        assertThat(tooLarge.status()).isEqualTo(431);
        assertThat(tooLarge.problem().getString("title")).isEqualTo("Headers too large");
    }
}
