package id.go.prakerja.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The limits per client address, low here so that a test reaches them: anonymous registrations, wrong passwords on
 * many accounts, and password-reset requests; and CORS with one configured origin. Each test comes from an address of its own, as the trusted proxy
 * forwards it.
 */
@QuarkusTest
@TestProfile(ClientLimitsApiTest.LowLimits.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ClientLimitsApiTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "prakerja.security.throttling.anonymous-requests-per-client", "3",
                    "prakerja.security.throttling.sign-in-per-client", "4",
                    "prakerja.security.throttling.codes-per-client", "4",
                    // One browser frontend, so that CORS is tested here too without a restart of its own.
                    "quarkus.http.cors.origins", "https://peserta.prakerja.go.id");
        }
    }

    private final String client = "10.%d.%d.%d"
            .formatted(
                    ThreadLocalRandom.current().nextInt(1, 250),
                    ThreadLocalRandom.current().nextInt(1, 250),
                    ThreadLocalRandom.current().nextInt(1, 250));

    @Test
    void aFloodOfRegistrationsFromOneAddressIsAnsweredTooManyBeforeBcryptRuns() {
        for (int i = 0; i < 3; i++) {
            register().statusCode(201);
        }

        register().statusCode(429).header("Retry-After", equalTo("60")).contentType("application/problem+json");
        given().header("X-Forwarded-For", "192.0.2.77")
                .contentType(ContentType.JSON)
                .body(Participants.registration(Participants.uniqueEmail(), "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201);
    }

    @Test
    void wrongPasswordsSpreadOverManyAccountsLockTheAddressOut() {
        for (int i = 0; i < 4; i++) {
            login(Participants.uniqueEmail()).statusCode(401);
        }

        login(Participants.uniqueEmail()).statusCode(429).header("Retry-After", equalTo("60"));
    }

    @Test
    void guessedResetCodesLockTheAddressOut() {
        for (int i = 0; i < 4; i++) {
            confirm("p." + UUID.randomUUID() + ".tebakan").statusCode(422);
        }

        confirm("p." + UUID.randomUUID() + ".tebakan").statusCode(429);
    }

    @Test
    void theConfiguredOriginMaySendATokenAndAnotherMayNot() {
        preflight("https://peserta.prakerja.go.id")
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.equalTo("https://peserta.prakerja.go.id"));
        preflight("https://evil.example").header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    private static io.restassured.response.ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/trainings")
                .then();
    }

    private io.restassured.response.ValidatableResponse register() {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(Participants.registration(Participants.uniqueEmail(), "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then();
    }

    private io.restassured.response.ValidatableResponse login(String email) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "rahasia-sekali-123"))
                .post("/api/v1/auth/login")
                .then();
    }

    private io.restassured.response.ValidatableResponse confirm(String code) {
        return given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON)
                .body(Map.of("token", code, "newPassword", "kata-sandi-baru-sekali"))
                .post("/api/v1/auth/password-reset/confirm")
                .then();
    }
}
