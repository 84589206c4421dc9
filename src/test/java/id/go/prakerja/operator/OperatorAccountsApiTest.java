package id.go.prakerja.operator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.prakerja.testing.Operators;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OperatorAccountsApiTest {

    @Inject
    Pool pool;

    @Test
    void theBootstrapAdminSignsInWithEveryOperatorRole() {
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", SignedIn.ADMIN_EMAIL, "password", SignedIn.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(tokens.getList("roles")).containsExactly("admin");
        assertThat(tokens.getString("participantId")).isNull();
        given().header("Authorization", "Bearer " + tokens.getString("accessToken"))
                .get("/api/v1/operator/reports/funnel")
                .then()
                .statusCode(200);
    }

    @Test
    void anInvitedOperatorSetsAPasswordAndSignsInWithTheirRolesWhichAdminsChangeAndEveryChangeIsAnEvent() {
        var email = "keuangan-" + UUID.randomUUID() + "@operator.test";
        var operatorId = Operators.invite(pool, email, List.of("finance"));
        var token = SignedIn.signIn(email, Operators.PASSWORD);

        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/operator/reports/disbursements")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/operator/batches")
                .then()
                .statusCode(403);

        given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("finance", "program-manager")))
                .put("/api/v1/operator/accounts/{id}/roles", operatorId)
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("finance", "program-manager")));
        var reSignedIn = SignedIn.signIn(email, Operators.PASSWORD);
        given().header("Authorization", "Bearer " + reSignedIn)
                .get("/api/v1/operator/reports/funnel")
                .then()
                .statusCode(200);

        var change = pool.preparedQuery("select metadata ->> 'actor' as actor, metadata -> 'actorRoles' as roles"
                        + " from events where stream_id = $1 and event_type = 'operator-roles-changed.v1'")
                .execute(Tuple.of("operator-" + operatorId))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next();
        assertThat(change.getString("actor")).startsWith("operator:");
        assertThat(change.getValue("roles").toString()).contains("admin");
    }

    @Test
    void aDisabledOperatorCanNeitherSignInNorRefresh() {
        var email = "pendaftar-" + UUID.randomUUID() + "@operator.test";
        var operatorId = Operators.invite(pool, email, List.of("registrar"));
        var refreshToken = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Operators.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("refreshToken");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Pindah tugas"))
                .post("/api/v1/operator/accounts/{id}/disable", operatorId)
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true));

        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Operators.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(422)
                .body("violations.rule", hasItem("OPERATOR_DISABLED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void theOnlyAdminCannotBeDisabledNorLoseTheRole() {
        var adminId = given().contentType(ContentType.JSON)
                .body(Map.of("email", SignedIn.ADMIN_EMAIL, "password", SignedIn.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("accountId");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Uji"))
                .post("/api/v1/operator/accounts/{id}/disable", adminId)
                .then()
                .statusCode(422)
                .body("violations.rule", hasItem("LAST_ADMIN"));
        given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("auditor")))
                .put("/api/v1/operator/accounts/{id}/roles", adminId)
                .then()
                .statusCode(422)
                .body("violations.rule", hasItem("LAST_ADMIN"));
    }

    @Test
    void rolesMustBeOperatorRolesAndAnAddressHoldsOneOperatorAccount() {
        var email = "ganda-" + UUID.randomUUID() + "@operator.test";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "roles", List.of("participant")))
                .post("/api/v1/operator/accounts")
                .then()
                .statusCode(422)
                .body("violations.rule", hasItem("ROLE_UNKNOWN"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "roles", List.of("support")))
                .post("/api/v1/operator/accounts")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email.toUpperCase(), "roles", List.of("auditor")))
                .post("/api/v1/operator/accounts")
                .then()
                .statusCode(409)
                .body("violations.rule", hasItem("OPERATOR_EMAIL_TAKEN"));
    }

    @Test
    void operatorAccountsNeverReachKafka() {
        var email = "tertutup-" + UUID.randomUUID() + "@operator.test";
        var operatorId = Operators.invite(pool, email, List.of("support"));
        // The invitation is relayed (to the e-mail sender); the operator's own stream is not.
        var invitation = id.go.prakerja.testing.KafkaTestClients.awaitNotification(operatorId, "OPERATOR_INVITATION");
        assertThat(invitation).isNotNull();
        assertThat(id.go.prakerja.testing.KafkaTestClients.topics()).doesNotContain("prakerja.operator-events.v1");
    }
}
