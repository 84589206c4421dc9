package id.go.prakerja.overview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An event the status projection cannot handle (here its row refuses it, as a faulty deployment might) is parked with
 * the later events of its participant, while every other participant's status keeps moving; once the fault is
 * removed, an operator's retry applies them, in order, once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PoisonEventTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PROJECTION = "participant-overview";

    @Inject
    Pool pool;

    @Test
    void aPoisonEventIsParkedWithItsStreamWhileOthersMoveOnAndIsAppliedOnceWhenRetried() {
        var participants = new Participants(pool);
        var poisoned = participants.register();
        var other = participants.register();
        Participants.awaitStatus(poisoned, "REGISTERED");
        Participants.awaitStatus(other, "REGISTERED");
        var fault = "test_fault_" + poisoned.toString().replace('-', '_');
        sql("create function " + fault + "() returns trigger language plpgsql as $$ begin"
                + " if new.participant_id = '" + poisoned + "' then raise exception 'refused by a faulty deployment';"
                + " end if; return new; end $$");
        sql("create trigger " + fault + " before update on participant_overview for each row execute function " + fault
                + "()");
        try {
            verifyAndCompleteProfile(participants, poisoned);
            verifyAndCompleteProfile(participants, other);

            Participants.awaitStatus(other, "PROFILE_COMPLETED");
            await().atMost(TIMEOUT).until(() -> parkedOf(poisoned, false).size() == 2);
        } finally {
            sql("drop trigger " + fault + " on participant_overview");
            sql("drop function " + fault + "()");
        }
        var parked = parkedOf(poisoned, false);
        // The trigger's exception, by its SQLSTATE: a message could quote personal data, so it is not kept.
        assertThat(parked.get(1).get("reason").toString())
                .contains("SQLSTATE P0001")
                .doesNotContain("refused by a faulty deployment");
        assertThat(parked.get(1).get("type")).isEqualTo("email-verified.v1");
        assertThat(parked.get(0).get("reason").toString()).contains("Behind a parked event");
        assertThat(status(poisoned)).isEqualTo("REGISTERED");
        given().get("/api/v1/operator/projections")
                .then()
                .body("find { it.name == '" + PROJECTION + "' }.parked", org.hamcrest.Matchers.greaterThanOrEqualTo(2));

        var streamId = parked.get(0).get("streamId").toString();
        given().post("/api/v1/operator/projections/{name}/parked/{stream}/retry", PROJECTION, streamId)
                .then()
                .statusCode(202);

        Participants.awaitStatus(poisoned, "PROFILE_COMPLETED");
        await().atMost(TIMEOUT).until(() -> parkedOf(poisoned, false).isEmpty());
        assertThat(parkedOf(poisoned, true))
                .extracting(row -> row.get("resolution"))
                .containsExactly("RETRIED", "RETRIED");
        var streamVersion = given().get("/api/v1/participants/{id}/events", poisoned)
                .then()
                .extract()
                .jsonPath()
                .getList("version")
                .size();
        given().get("/api/v1/participants/{id}", poisoned).then().body("version", equalTo(streamVersion));
        given().post("/api/v1/operator/projections/{name}/parked/{stream}/retry", PROJECTION, streamId)
                .then()
                .statusCode(404);
    }

    @Test
    void skippingNeedsAReason() {
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/api/v1/operator/projections/{name}/parked/{stream}/skip", PROJECTION, "participant-x")
                .then()
                .statusCode(400);
        given().get("/api/v1/operator/projections/{name}/parked", "no-such-subscription")
                .then()
                .statusCode(404);
    }

    private void verifyAndCompleteProfile(Participants participants, UUID participantId) {
        given().contentType(ContentType.JSON)
                .body(Map.of("token", participants.verificationToken(participantId)))
                .post("/api/v1/registrations/{id}/email-verification", participantId)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Participants.eligibleProfile())
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(200);
    }

    private static List<Map<String, Object>> parkedOf(UUID participantId, boolean resolved) {
        JsonPath parked = given().queryParam("resolved", resolved)
                .get("/api/v1/operator/projections/{name}/parked", PROJECTION)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return parked.<Map<String, Object>>getList("").stream()
                .filter(row -> row.get("streamId").toString().contains(participantId.toString()))
                .toList();
    }

    private static String status(UUID participantId) {
        return given().get("/api/v1/participants/{id}", participantId)
                .then()
                .extract()
                .path("status");
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(TIMEOUT);
    }
}
