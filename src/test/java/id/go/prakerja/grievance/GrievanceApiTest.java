package id.go.prakerja.grievance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.testing.Operators;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import id.go.prakerja.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A grievance's whole life through real HTTP: filing, the desk's work, the participant's reply, escalation. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class GrievanceApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    GrievanceEscalationJob escalationJob;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aComplaintIsAnsweredWaitsForTheParticipantAndIsResolvedAndClosed() {
        var participantId = new Participants(pool).registeredAndVerified();
        var support = Operators.tokenOf(pool, Roles.SUPPORT);
        // No installment is scheduled yet: a complaint cannot be about one.
        as(SignedIn.participantToken(participantId))
                .body(Map.of(
                        "category", "INCENTIVE_NOT_RECEIVED", "text", "Insentif kedua belum masuk", "installment", 2))
                .post("/api/v1/participants/{id}/grievances", participantId)
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("GRIEVANCE_LINK_UNKNOWN"));
        var filed = as(SignedIn.participantToken(participantId))
                .body(Map.of("category", "INCENTIVE_NOT_RECEIVED", "text", "Insentif kedua belum masuk"))
                .post("/api/v1/participants/{id}/grievances", participantId)
                .then()
                .statusCode(201)
                .body("status", equalTo("NEW"))
                .extract()
                .jsonPath();
        var grievanceId = filed.getString("grievanceId");
        awaitRow(support, grievanceId, "NEW");

        as(support)
                .body("{}")
                .post("/api/v1/operator/grievances/{id}/assignment", grievanceId)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        as(support)
                .body(Map.of("text", "Mohon kirim foto buku tabungan", "awaitParticipant", true))
                .post("/api/v1/operator/grievances/{id}/replies", grievanceId)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITING_FOR_PARTICIPANT"));
        as(SignedIn.participantToken(participantId))
                .body(Map.of("text", "Sudah saya unggah"))
                .post("/api/v1/participants/{id}/grievances/{g}/replies", participantId, grievanceId)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        as(support)
                .body(Map.of("resolution", "Dibayarkan ulang ke rekening yang benar"))
                .post("/api/v1/operator/grievances/{id}/resolution", grievanceId)
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"));

        var conversation = as(SignedIn.participantToken(participantId))
                .get("/api/v1/participants/{id}/grievances/{g}", participantId, grievanceId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(conversation.getList("messages.author", String.class))
                .containsExactly("PARTICIPANT", "OPERATOR", "PARTICIPANT");
        assertThat(conversation.getString("messages[1].text")).isEqualTo("Mohon kirim foto buku tabungan");
        assertThat(conversation.getString("resolution")).isEqualTo("Dibayarkan ulang ke rekening yang benar");
        assertThat(notificationsAbout(participantId))
                .as("the reply and the resolution")
                .isEqualTo(2);
        // What people wrote is sealed in the log, not stored in clear.
        assertThat(storedInClear("Mohon kirim foto buku tabungan")).isZero();

        as(SignedIn.participantToken(participantId))
                .post("/api/v1/participants/{id}/grievances/{g}/closure", participantId, grievanceId)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(SignedIn.participantToken(participantId))
                .body(Map.of("text", "Satu lagi"))
                .post("/api/v1/participants/{id}/grievances/{g}/replies", participantId, grievanceId)
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("GRIEVANCE_NOT_OPEN"));
        awaitRow(support, grievanceId, "CLOSED");

        // Another participant learns nothing of it.
        var other = new Participants(pool).registeredAndVerified();
        as(SignedIn.participantToken(other))
                .get("/api/v1/participants/{id}/grievances/{g}", other, grievanceId)
                .then()
                .statusCode(404);
    }

    @Test
    void aGrievancePastItsServiceLevelIsEscalatedAndCountedInTheReport() {
        var participantId = new Participants(pool).registeredAndVerified();
        var support = Operators.tokenOf(pool, Roles.SUPPORT);
        var since = clock.instant().minusSeconds(1).toString();
        var grievanceId = as(SignedIn.participantToken(participantId))
                .body(Map.of("category", "PURCHASE", "text", "Voucher tidak bisa dipakai"))
                .post("/api/v1/participants/{id}/grievances", participantId)
                .then()
                .statusCode(201)
                .extract()
                .<String>path("grievanceId");
        awaitRow(support, grievanceId, "NEW");

        escalationJob.run().await().atMost(TIMEOUT);
        assertThat(row(support, grievanceId).getString("status")).isEqualTo("NEW");

        clock.advance(Duration.ofHours(49));
        escalationJob.run().await().atMost(TIMEOUT);
        awaitRow(support, grievanceId, "ESCALATED");
        var overdue = as(support)
                .queryParam("overdue", true)
                .queryParam("category", "PURCHASE")
                .get("/api/v1/operator/grievances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(overdue.getList("grievanceId", String.class)).contains(grievanceId);
        assertThat(overdue.getList("overdue", Boolean.class)).containsOnly(true);

        as(support)
                .body(Map.of("resolution", "Voucher diganti"))
                .post("/api/v1/operator/grievances/{id}/resolution", grievanceId)
                .then()
                .statusCode(200);
        awaitRow(support, grievanceId, "RESOLVED");
        var purchase = as(Operators.tokenOf(pool, Roles.AUDITOR))
                .queryParam("from", since)
                .get("/api/v1/operator/grievances/report")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("categories.find { it.category == 'PURCHASE' }");
        assertThat(purchase.getLong("resolved")).isGreaterThanOrEqualTo(1);
        assertThat(purchase.getDouble("medianHoursToResolve")).isGreaterThan(48.0);
        assertThat(purchase.getDouble("resolvedWithinServiceLevel")).isLessThan(1.0);
    }

    @Test
    void anAnonymousFraudReportIsHiddenFromSupportAndWorkedByARegistrar() {
        var support = Operators.tokenOf(pool, Roles.SUPPORT);
        var registrar = Operators.tokenOf(pool, Roles.REGISTRAR);
        var grievanceId = given().header(SignedIn.ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(Map.of("category", "FRAUD_REPORT", "text", "Ada joki pendaftaran di desa kami"))
                .post("/api/v1/grievances")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("grievanceId");
        given().header(SignedIn.ANONYMOUS, "true")
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(Map.of("category", "PURCHASE", "text", "Tanpa masuk"))
                .post("/api/v1/grievances")
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("GRIEVANCE_ANONYMOUS_NOT_ALLOWED"));

        awaitRow(registrar, grievanceId, "NEW");
        assertThat(row(registrar, grievanceId).getBoolean("sensitive")).isTrue();
        as(support).get("/api/v1/operator/grievances/{id}", grievanceId).then().statusCode(404);
        as(support)
                .body(Map.of("resolution", "x"))
                .post("/api/v1/operator/grievances/{id}/resolution", grievanceId)
                .then()
                .statusCode(404);
        assertThat(as(support)
                        .queryParam("limit", 500)
                        .get("/api/v1/operator/grievances")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("grievanceId", String.class))
                .doesNotContain(grievanceId);
        as(registrar)
                .get("/api/v1/operator/grievances/{id}", grievanceId)
                .then()
                .statusCode(200)
                .body("messages[0].author", equalTo("ANONYMOUS"))
                .body("messages[0].text", equalTo("Ada joki pendaftaran di desa kami"));
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** The grievance's row in the queue, as the operator sees it, or null. */
    private static JsonPath row(String operator, String grievanceId) {
        var queue = as(operator)
                .queryParam("limit", 500)
                .get("/api/v1/operator/grievances")
                .then()
                .extract()
                .jsonPath();
        var index = queue.getList("grievanceId", String.class).indexOf(grievanceId);
        return index < 0 ? null : queue.setRootPath("[" + index + "]");
    }

    private static void awaitRow(String operator, String grievanceId, String status) {
        await().atMost(TIMEOUT).until(() -> {
            var row = row(operator, grievanceId);
            return row != null && status.equals(row.getString("status"));
        });
    }

    private long notificationsAbout(UUID participantId) {
        return pool.preparedQuery("select count(*) from events where event_type = 'notification-requested.v1'"
                        + " and payload ->> 'template' = 'GRIEVANCE_UPDATED' and payload ->> 'participantId' = $1")
                .execute(Tuple.of(participantId.toString()))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getLong(0);
    }

    private long storedInClear(String text) {
        return pool.preparedQuery("select count(*) from events where payload::text like $1")
                .execute(Tuple.of("%" + text + "%"))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getLong(0);
    }
}
