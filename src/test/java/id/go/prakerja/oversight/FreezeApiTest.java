package id.go.prakerja.oversight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FreezeApiTest {

    @Inject
    Pool pool;

    @Test
    void aFrozenParticipantCannotActUntilTheFreezeIsLifted() {
        var participantId = new Participants(pool).withCompletedProfile(Participants.eligibleProfile());
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Dugaan data ganda"))
                .post("/api/v1/operator/participants/{id}/freeze", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("FROZEN"));

        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("answers", Participants.PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", participantId)
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("PARTICIPANT_FROZEN"))
                .body("violations[0].message", equalTo("The participation is frozen while it is under review."));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Data valid"))
                .post("/api/v1/operator/participants/{id}/unfreeze", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROFILE_COMPLETED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Participants.PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", participantId)
                .then()
                .statusCode(200)
                .body("passed", equalTo(true));
    }
}
