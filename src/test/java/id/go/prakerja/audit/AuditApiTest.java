package id.go.prakerja.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.testing.Operators;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After a batch selection, a freeze and a revocation, the auditor reads who did what, to whom, and why. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuditApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    private final RegistryDouble registry = new RegistryDouble();

    private record Operator(UUID id, String token) {}

    private Operator operator(String role) {
        var email = role + "-audit-" + UUID.randomUUID() + "@operator.test";
        var id = Operators.invite(pool, email, List.of(role));
        return new Operator(id, SignedIn.signIn(email, Operators.PASSWORD));
    }

    @Test
    void everyOperatorCommandIsAnsweredWithWhoWhatWhenToWhomAndWhy() {
        var manager = operator(Roles.PROGRAM_MANAGER);
        var registrar = operator(Roles.REGISTRAR);
        var finance = operator(Roles.FINANCE);
        var auditor = operator(Roles.AUDITOR);
        var participantId = new Participants(pool).identityVerified(registry);
        var since = Instant.now().minusSeconds(1);

        var batchId = UUID.fromString(as(manager)
                .body(Map.of(
                        "name",
                        "Gelombang audit " + UUID.randomUUID(),
                        "quota",
                        1,
                        "opensAt",
                        Instant.now().minusSeconds(3600).toString(),
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(7)).toString()))
                .post("/api/v1/operator/batches")
                .then()
                .statusCode(201)
                .extract()
                .path("batchId"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + SignedIn.participantToken(participantId))
                .body(Map.of("batchId", batchId))
                .post("/api/v1/participants/{id}/batch-applications", participantId)
                .then()
                .statusCode(201);
        as(manager)
                .body("{}")
                .post("/api/v1/operator/batches/{id}/selection", batchId)
                .then()
                .statusCode(200);
        Participants.awaitStatus(participantId, "CARD_ISSUED");
        as(registrar)
                .body(Map.of("reason", "Dugaan data ganda"))
                .post("/api/v1/operator/participants/{id}/freeze", participantId)
                .then()
                .statusCode(200);
        as(registrar)
                .body(Map.of("reason", "Data valid"))
                .post("/api/v1/operator/participants/{id}/unfreeze", participantId)
                .then()
                .statusCode(200);
        as(finance)
                .body(Map.of("reason", "Terbukti menerima bansos lain", "ineligible", false))
                .post("/api/v1/operator/participants/{id}/revoke", participantId)
                .then()
                .statusCode(200);

        var trail = await().atMost(TIMEOUT)
                .until(
                        () -> read(auditor, Map.of("participant", participantId.toString())),
                        page -> page.getList("entries.findAll { it.actor == 'operator:" + finance.id() + "' }")
                                        .size()
                                > 0);
        assertThat(trail.getList("entries.action", String.class))
                .contains("participant-frozen.v1", "participant-unfrozen.v1")
                .doesNotContain("batch-joined.v1");
        assertThat(trail.getList("entries.participantId", String.class)).containsOnly(participantId.toString());
        assertThat(trail.getString("entries.find { it.action == 'participant-frozen.v1' }.reason"))
                .isEqualTo("Dugaan data ganda");
        assertThat(trail.getString("entries.find { it.action == 'participant-frozen.v1' }.actor"))
                .isEqualTo("operator:" + registrar.id());
        assertThat(trail.getList("entries.find { it.action == 'participant-frozen.v1' }.actorRoles", String.class))
                .containsExactly(Roles.REGISTRAR);
        assertThat(trail.getList(
                        "entries.findAll { it.actor == 'operator:" + finance.id() + "' }.reason", String.class))
                .contains("Terbukti menerima bansos lain");
        assertThat(trail.getList(
                        "entries.findAll { it.actor == 'operator:" + manager.id() + "' }.category", String.class))
                .as("the selection's card")
                .contains("participant");

        var byManager = read(auditor, Map.of("actor", manager.id().toString(), "from", since.toString()));
        assertThat(byManager.getList("entries.actor", String.class)).containsOnly("operator:" + manager.id());
        assertThat(byManager.getList("entries.category", String.class)).contains("batch", "participant");

        var first = read(auditor, Map.of("participant", participantId.toString(), "limit", "1"));
        assertThat(first.getList("entries")).hasSize(1);
        var second = read(
                auditor,
                Map.of("participant", participantId.toString(), "limit", "1", "before", first.getString("nextBefore")));
        assertThat(second.getLong("entries[0].position")).isLessThan(first.getLong("entries[0].position"));
    }

    @Test
    void aFilterThatDoesNotReadIsNamedAndTheTrailOnlyReads() {
        var auditor = operator(Roles.AUDITOR);
        as(auditor)
                .header("Accept-Language", "en")
                .queryParam("actor", "someone")
                .get("/api/v1/operator/audit")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actor"));
        as(auditor).body("{}").post("/api/v1/operator/audit").then().statusCode(405);
        as(auditor).delete("/api/v1/operator/audit").then().statusCode(405);
    }

    private static io.restassured.specification.RequestSpecification as(Operator operator) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + operator.token());
    }

    private static JsonPath read(Operator auditor, Map<String, String> query) {
        return as(auditor)
                .queryParams(query)
                .get("/api/v1/operator/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
