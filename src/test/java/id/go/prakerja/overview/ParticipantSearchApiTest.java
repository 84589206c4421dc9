package id.go.prakerja.overview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The desk finds a participant by e-mail, NIK or card number, and by nothing else. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ParticipantSearchApiTest {

    private static final String SEARCH = "/api/v1/operator/participant-search";

    @Inject
    Pool pool;

    @Test
    void aParticipantIsFoundByEachKeyAndNotByAnother() {
        var profile = Participants.eligibleProfile();
        var participantId = new Participants(pool).withCard(new RegistryDouble(), profile);
        var cardNumber = given().get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("cardNumber");
        var email = Participants.uniqueEmail();
        var other = new Participants(pool).registeredAndVerified(email);

        search(Map.of("nik", profile.get("nik"))).body("participantId", contains(participantId.toString()));
        search(Map.of("cardNumber", cardNumber.substring(0, 4) + " " + cardNumber.substring(4)))
                .body("participantId", contains(participantId.toString()))
                .body("[0].status", equalTo("CARD_ISSUED"));
        search(Map.of("email", "  " + email.toUpperCase() + " ")).body("participantId", contains(other.toString()));
        search(Map.of("email", "nobody-" + email)).body("$", empty());

        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("email", email, "cardNumber", cardNumber))
                .post(SEARCH)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("key"));
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, ?> key) {
        return given().contentType(ContentType.JSON)
                .body(key)
                .post(SEARCH)
                .then()
                .statusCode(200);
    }
}
