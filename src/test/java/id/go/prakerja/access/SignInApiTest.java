package id.go.prakerja.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import id.go.prakerja.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SignInApiTest {

    private static final String PASSWORD = "rahasia-sekali-123";

    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    io.smallrye.jwt.auth.principal.JWTParser tokenParser;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aVerifiedParticipantGetsASignedShortLivedTokenNamingThemAndTheirGroup() {
        var email = Participants.uniqueEmail();
        var participantId = registeredAndVerified(email);

        var tokens = login(email, PASSWORD).statusCode(200).extract().jsonPath();

        assertThat(tokens.getString("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.getLong("expiresIn")).isBetween(1L, 900L);
        assertThat(tokens.getString("participantId")).isEqualTo(participantId.toString());
        var jwt = tokens.getString("accessToken").split("\\.");
        var header = decode(jwt[0]);
        var claims = decode(jwt[1]);
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("kid")).isNotBlank();
        assertThat(claims.getString("iss")).isEqualTo("https://prakerja.go.id");
        assertThat(claims.getValue("aud").toString()).contains("prakerja-platform");
        assertThat(claims.getString("sub")).isEqualTo(participantId.toString());
        assertThat(claims.getJsonArray("groups").getList()).containsExactly("participant");
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isLessThanOrEqualTo(900L);
        given().header("Authorization", "Bearer " + tokens.getString("accessToken"))
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(200);
    }

    @Test
    void aRememberedTokenStillLetsNoAlteredCopyThrough() {
        // The service's token check is the remembering one.
        assertThat(tokenParser).isInstanceOf(VerifiedTokens.class);
        var email = Participants.uniqueEmail();
        var participantId = registeredAndVerified(email);
        var token = login(email, PASSWORD).statusCode(200).extract().<String>path("accessToken");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + token)
                    .get("/api/v1/participants/{id}", participantId)
                    .then()
                    .statusCode(200);
        }
        var parts = token.split("\\.");
        var otherClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(decode(parts[1])
                        .put("groups", java.util.List.of("participant", "admin"))
                        .encode()
                        .getBytes(StandardCharsets.UTF_8));
        var signature = parts[2];
        var otherSignature = signature.substring(0, signature.length() - 2) + (signature.endsWith("AA") ? "BB" : "AA");

        for (var forged : java.util.List.of(
                parts[0] + "." + otherClaims + "." + signature, parts[0] + "." + parts[1] + "." + otherSignature)) {
            given().header("Authorization", "Bearer " + forged)
                    .get("/api/v1/operator/accounts")
                    .then()
                    .statusCode(401);
            given().header("Authorization", "Bearer " + forged)
                    .get("/api/v1/participants/{id}", participantId)
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void signingInBeforeTheEmailIsVerifiedIsRefusedNamingTheRule() {
        var email = Participants.uniqueEmail();
        register(email);

        login(email, PASSWORD)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.rule", hasItem("EMAIL_NOT_VERIFIED"));
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        var email = Participants.uniqueEmail();
        registeredAndVerified(email);

        var wrongPassword =
                login(email, "salah-kata-sandi-1").statusCode(401).extract().jsonPath();
        var unknown = login(Participants.uniqueEmail(), PASSWORD)
                .statusCode(401)
                .extract()
                .jsonPath();

        assertThat(wrongPassword.getString("type")).isEqualTo(unknown.getString("type"));
        assertThat(wrongPassword.getString("detail")).isEqualTo(unknown.getString("detail"));
    }

    @Test
    void aRefreshTokenRotatesAndAReusedOneEndsTheWholeSignIn() {
        var email = Participants.uniqueEmail();
        registeredAndVerified(email);
        var first = login(email, PASSWORD).statusCode(200).extract().<String>path("refreshToken");

        var second = refresh(first).statusCode(200).extract().<String>path("refreshToken");
        assertThat(second).isNotEqualTo(first);

        // The first token is presented again: someone copied it, so every token of this sign-in is revoked.
        refresh(first).statusCode(401).contentType("application/problem+json");
        refresh(second).statusCode(401);
    }

    @Test
    void signingOutRevokesTheSessionsRefreshTokens() {
        var email = Participants.uniqueEmail();
        registeredAndVerified(email);
        var tokens = login(email, PASSWORD).statusCode(200).extract().jsonPath();

        given().header("Authorization", "Bearer " + tokens.getString("accessToken"))
                .contentType(ContentType.JSON)
                .body(Map.of("refreshToken", tokens.getString("refreshToken")))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);

        refresh(tokens.getString("refreshToken")).statusCode(401);
    }

    @Test
    void aPasswordResetIsAcceptedAlikeForUnknownAddressesAndItsCodeSetsANewPasswordEndingEverySession() {
        var email = Participants.uniqueEmail();
        var participantId = registeredAndVerified(email);
        var session = login(email, PASSWORD).statusCode(200).extract().<String>path("refreshToken");

        requestReset(Participants.uniqueEmail()).statusCode(202);
        requestReset(email).statusCode(202);
        var code = Participants.notificationToken(pool, participantId, "PASSWORD_RESET");

        confirmReset(code, "kata-sandi-baru-sekali").statusCode(204);

        login(email, PASSWORD).statusCode(401);
        login(email, "kata-sandi-baru-sekali").statusCode(200);
        refresh(session).statusCode(401);
        confirmReset(code, "kata-sandi-lain-lagi")
                .statusCode(422)
                .body("violations.rule", hasItem("RESET_TOKEN_INVALID"));
        SignedIn.rememberPassword(participantId, "kata-sandi-baru-sekali");
    }

    @Test
    void passwordsMustBeLongEnoughUncommonAndFitBcryptsSeventyTwoBytes() {
        registerWith("pendek1").statusCode(422).body("violations.rule", hasItem("PASSWORD_TOO_SHORT"));
        registerWith("password123").statusCode(422).body("violations.rule", hasItem("PASSWORD_TOO_COMMON"));
        // 70 characters but 140 bytes: bcrypt would silently read only the first 72.
        registerWith("é".repeat(70)).statusCode(422).body("violations.rule", hasItem("PASSWORD_TOO_LONG"));
        registerWith("é".repeat(36)).statusCode(201);
    }

    @Test
    void wrongPasswordsLockTheAccountOutEvenForTheRightOneUntilTheLockOutEnds() {
        var email = Participants.uniqueEmail();
        registeredAndVerified(email);
        for (int i = 0; i < 5; i++) {
            login(email, "salah-kata-sandi-" + i).statusCode(401);
        }

        login(email, PASSWORD)
                .statusCode(429)
                .header("Retry-After", equalTo("60"))
                .contentType("application/problem+json")
                .body("detail", containsString("60"));

        clock.advance(Duration.ofSeconds(61));
        login(email, PASSWORD).statusCode(200);
        assertThat(given().get("/q/metrics").then().extract().asString())
                .contains("prakerja_throttle_failures_total{kind=\"sign-in-account\"")
                .contains("prakerja_throttle_lockouts_total{kind=\"sign-in-account\"");
    }

    @Test
    void lockOutsGrowWhileTheGuessingGoesOn() {
        var email = Participants.uniqueEmail();
        registeredAndVerified(email);
        for (int i = 0; i < 5; i++) {
            login(email, "salah-kata-sandi-" + i).statusCode(401);
        }
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 5; i++) {
            login(email, "salah-lagi-" + i).statusCode(401);
        }

        login(email, PASSWORD).statusCode(429).header("Retry-After", equalTo("120"));
    }

    @Test
    void guessingTheEmailVerificationCodeIsStoppedAfterAFewTries() {
        var participantId = register(Participants.uniqueEmail());
        for (int i = 0; i < 5; i++) {
            verify(participantId, "tebakan-" + i).statusCode(422);
        }

        verify(participantId, new Participants(pool).verificationToken(participantId))
                .statusCode(429)
                .header("Retry-After", equalTo("60"));
    }

    @Test
    void theVerificationKeysArePublishedWithoutAnyPrivatePart() {
        var keys = given().get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(keys.getList("keys")).hasSize(2);
        assertThat(keys.getList("keys.kty")).containsOnly("RSA");
        assertThat(keys.getList("keys.d")).containsOnlyNulls();
        assertThat(keys.getList("keys.p")).containsOnlyNulls();
    }

    @Test
    void withNoOriginConfiguredNoBrowserOriginMayCall() {
        given().header("Origin", "https://peserta.prakerja.go.id")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/login")
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    private UUID registeredAndVerified(String email) {
        var participantId = register(email);
        verify(participantId, new Participants(pool).verificationToken(participantId))
                .statusCode(200);
        return participantId;
    }

    private static UUID register(String email) {
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(Participants.registration(email, PASSWORD))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("participantId"));
    }

    private static ValidatableResponse registerWith(String password) {
        return given().contentType(ContentType.JSON)
                .body(Participants.registration(Participants.uniqueEmail(), password))
                .post("/api/v1/registrations")
                .then();
    }

    private static ValidatableResponse verify(UUID participantId, String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/registrations/{id}/email-verification", participantId)
                .then();
    }

    static ValidatableResponse login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then();
    }

    static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh")
                .then();
    }

    private static ValidatableResponse requestReset(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .post("/api/v1/auth/password-reset")
                .then();
    }

    private static ValidatableResponse confirmReset(String code, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", code, "newPassword", password))
                .post("/api/v1/auth/password-reset/confirm")
                .then();
    }

    private static JsonObject decode(String part) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
