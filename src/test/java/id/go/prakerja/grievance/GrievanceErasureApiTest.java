package id.go.prakerja.grievance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.testing.Operators;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A participant's complaints are the participant's personal data: they go with the participant's erasure. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class GrievanceErasureApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void anErasedParticipantsComplaintsAreUnreadableAndTheOpenOnesCancelled() {
        var participantId = new Participants(pool).registeredAndVerified();
        var participant = SignedIn.participantToken(participantId);
        var support = Operators.tokenOf(pool, Roles.SUPPORT);
        var registrar = Operators.tokenOf(pool, Roles.REGISTRAR);
        var grievanceId = as(participant)
                .body(Map.of("category", "REGISTRATION", "text", "Nama ibu kandung saya salah ditulis"))
                .post("/api/v1/participants/{id}/grievances", participantId)
                .then()
                .statusCode(201)
                .extract()
                .<String>path("grievanceId");
        as(support)
                .body(Map.of("text", "Mohon kirim foto KK", "awaitParticipant", true))
                .post("/api/v1/operator/grievances/{id}/replies", grievanceId)
                .then()
                .statusCode(200);
        assertThat(subjectsOf(grievanceId))
                .as("sealed with the participant's key")
                .containsOnly(participantId);

        as(participant)
                .post("/api/v1/participants/{id}/erasure-request", participantId)
                .then()
                .statusCode(200);
        as(registrar)
                .body(Map.of("outcome", "ERASE", "reason", "Permintaan peserta, UU PDP pasal 8"))
                .post("/api/v1/operator/participants/{id}/erasure", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"));

        await().atMost(TIMEOUT)
                .until(() -> "CANCELLED"
                        .equals(as(support)
                                .get("/api/v1/operator/grievances/{id}", grievanceId)
                                .then()
                                .extract()
                                .path("status")));
        as(support)
                .get("/api/v1/operator/grievances/{id}", grievanceId)
                .then()
                .statusCode(200)
                .body("messages.size()", equalTo(2))
                .body("messages[0].text", nullValue())
                .body("messages[1].text", nullValue());
        as(support)
                .body(Map.of("text", "Masih ada?"))
                .post("/api/v1/operator/grievances/{id}/replies", grievanceId)
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("GRIEVANCE_NOT_OPEN"));
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    private java.util.List<UUID> subjectsOf(String grievanceId) {
        var subjects = new java.util.ArrayList<UUID>();
        pool.preparedQuery("select data_subject from events where stream_id = $1 and data_subject is not null")
                .execute(Tuple.of("grievance-" + grievanceId))
                .await()
                .atMost(TIMEOUT)
                .forEach(row -> subjects.add(row.getUUID("data_subject")));
        return subjects;
    }
}
