package id.go.prakerja.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DeadlineJobTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    DeadlineJob deadlineJob;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID participantWithCard() {
        return new Participants(pool).withCard(new RegistryDouble());
    }

    @Test
    void anUnusedCardIsRemindedAWeekAheadThenRevokedAtTheDeadlineAndItsBalanceReturned() {
        var participantId = participantWithCard();

        clock.advance(Duration.ofDays(23).plusMinutes(1));
        deadlineJob.run().await().atMost(TIMEOUT);
        given().get("/api/v1/participants/{id}", participantId).then().body("status", equalTo("CARD_ISSUED"));
        Participants.awaitTimeline(participantId, "purchase-deadline-reminded.v1");

        clock.advance(Duration.ofDays(7));
        deadlineJob.run().await().atMost(TIMEOUT);
        Participants.awaitStatus(participantId, "REVOKED");
        given().get("/api/v1/participants/{id}/balance", participantId).then().body("balance", equalTo(0));
        Participants.awaitTimeline(participantId, "card-revoked.v1");
    }

    @Test
    void aCardBeforeItsDeadlineIsNotRevokedEvenWhenTheJobRunsTwiceAtOnce() {
        var participantId = participantWithCard();
        clock.advance(Duration.ofDays(29));
        deadlineJob.run().await().atMost(TIMEOUT);
        deadlineJob.run().await().atMost(TIMEOUT);
        given().get("/api/v1/participants/{id}", participantId)
                .then()
                .body("status", equalTo("CARD_ISSUED"))
                .body("balance", equalTo(1_000_000));

        clock.advance(Duration.ofDays(2));
        io.smallrye.mutiny.Uni.combine()
                .all()
                .unis(deadlineJob.run(), deadlineJob.run())
                .discardItems()
                .await()
                .atMost(TIMEOUT);
        Participants.awaitStatus(participantId, "REVOKED");
        var revocations = given().get("/api/v1/participants/{id}/events", participantId)
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.type == 'card-revoked.v1' }");
        org.assertj.core.api.Assertions.assertThat(revocations).hasSize(1);
    }
}
