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

/** A command's ETag is its stream's version; sent back as If-Match, a command runs only on that version. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IfMatchApiTest {

    @Inject
    Pool pool;

    @Test
    void aCommandOnAVersionTheClientDidNotSeeIsRefusedWith412AndChangesNothing() {
        var participantId = new Participants(pool).withCompletedProfile(Participants.eligibleProfile());
        var etag = given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Dugaan data ganda"))
                .post("/api/v1/operator/participants/{id}/freeze", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("FROZEN"))
                .extract()
                .header("ETag");
        long frozenAt = Long.parseLong(etag.replace("\"", ""));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + (frozenAt - 1) + "\"")
                .header("Accept-Language", "en")
                .body(Map.of("reason", "Data valid"))
                .post("/api/v1/operator/participants/{id}/unfreeze", participantId)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("title", equalTo("Precondition failed"))
                .body("currentVersion", equalTo((int) frozenAt));
        given().contentType(ContentType.JSON)
                .header("If-Match", "not-a-version")
                .body(Map.of("reason", "Data valid"))
                .post("/api/v1/operator/participants/{id}/unfreeze", participantId)
                .then()
                .statusCode(412);

        // Neither refusal changed anything: the version the client saw is still the stream's.
        given().contentType(ContentType.JSON)
                .header("If-Match", "W/" + etag)
                .body(Map.of("reason", "Data valid"))
                .post("/api/v1/operator/participants/{id}/unfreeze", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROFILE_COMPLETED"))
                .body("version", equalTo((int) frozenAt + 1));
    }

    @Test
    void aParticipantsOwnCommandHonoursIfMatchToo() {
        var participantId = new Participants(pool).withCompletedProfile(Participants.eligibleProfile());
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("answers", Participants.PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", participantId)
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("answers", Participants.PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", participantId)
                .then()
                .statusCode(200)
                .body("passed", equalTo(true));
    }
}
