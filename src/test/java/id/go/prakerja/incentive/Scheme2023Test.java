package id.go.prakerja.incentive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2023 "skema normal" by configuration alone: another balance, deadline and incentive. */
@QuarkusTest
@TestProfile(Scheme2023Test.Normal2023.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class Scheme2023Test {

    /** Switches the active scheme; nothing else changes. */
    public static class Normal2023 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prakerja.program.active-scheme", "normal-2023");
        }
    }

    @Inject
    Pool pool;

    @Test
    void aCardUnderTheTwentyTwentyThreeSchemeCarriesItsBalanceAndDeadline() {
        var participantId = new Participants(pool).withCard(new RegistryDouble());
        var card = given().get("/api/v1/participants/{id}", participantId)
                .then()
                .body("scheme", equalTo("normal-2023"))
                .body("balance", equalTo(3_500_000))
                .extract()
                .jsonPath();
        assertThat(Instant.parse(card.getString("purchaseDeadline")))
                .isBetween(
                        Instant.now().plus(Duration.ofDays(14)), Instant.now().plus(Duration.ofDays(16)));
    }
}
