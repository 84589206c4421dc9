package id.go.prakerja.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.local.TokenKeys;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/**
 * Two verification keys are configured, as during a rotation: the service signs with the newest, a token signed
 * with the previous one still verifies, and a key that is not (or no longer) in the set does not.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KeyRotationTest {

    @Inject
    Pool pool;

    @Test
    void theServiceSignsWithTheNewestKeyAndTheSetHasBoth() throws Exception {
        var signing = JsonWebKey.Factory.newJwk(
                Files.readString(RealInfrastructure.keysDirectory().resolve(TokenKeys.SIGNING)));
        var participantId = new Participants(pool).registeredAndVerified();
        var header = SignedIn.participantToken(participantId).split("\\.")[0];

        assertThat(new String(java.util.Base64.getUrlDecoder().decode(header))).contains(signing.getKeyId());
        assertThat(given().get("/.well-known/jwks.json").then().extract().<List<String>>path("keys.kid"))
                .contains(signing.getKeyId())
                .hasSize(2);
    }

    @Test
    void aTokenSignedWithThePreviousKeyVerifiesAndOneFromAKeyOutsideTheSetDoesNot() throws Exception {
        var participantId = new Participants(pool).registeredAndVerified();
        var previous = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(
                Files.readString(RealInfrastructure.keysDirectory().resolve(TokenKeys.PREVIOUS)));

        given().header("Authorization", "Bearer " + token(previous, participantId))
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + token(TokenKeys.generate(), participantId))
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(401);
    }

    private static String token(RsaJsonWebKey key, UUID participantId) throws Exception {
        var claims = new JwtClaims();
        claims.setIssuer("https://prakerja.go.id");
        claims.setAudience("prakerja-platform");
        claims.setSubject(participantId.toString());
        claims.setStringListClaim("groups", "participant");
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTime(
                NumericDate.fromSeconds(Instant.now().plusSeconds(600).getEpochSecond()));
        var signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key.getPrivateKey());
        signature.setKeyIdHeaderValue(key.getKeyId());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return signature.getCompactSerialization();
    }
}
