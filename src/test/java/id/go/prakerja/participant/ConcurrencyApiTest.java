package id.go.prakerja.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.NewEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Loaded;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.testing.Concurrently;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConcurrencyApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Inject
    EventStore eventStore;

    @Inject
    ParticipantService participants;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /**
     * The loser's insert waits on the winner's row in the unique index and then fails; the notification sent behind
     * it in the same round trip fails too, as "in failed SQL transaction". The conflict is what sets off a retry.
     */
    @Test
    void theLoserOfARaceForANewStreamGetsTheVersionConflictNotTheFailureOfWhatWasSentBehindIt() throws Exception {
        var participantId = UUID.randomUUID();
        var winner = pool.getConnection().await().atMost(TIMEOUT);
        try {
            var winnerTransaction = winner.begin().await().atMost(TIMEOUT);
            register(winner, participantId).await().atMost(TIMEOUT);
            var loser = pool.withTransaction(transaction -> register(transaction, participantId))
                    .onItemOrFailure()
                    .transform((outcome, failure) -> failure)
                    .subscribeAsCompletionStage();
            await().atMost(TIMEOUT).until(this::anAppendWaitsOnALock);
            winnerTransaction.commit().await().atMost(TIMEOUT);

            assertThat(loser.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(WrongExpectedVersion.class);
        } finally {
            winner.close().await().atMost(TIMEOUT);
        }
    }

    /**
     * Another instance appends behind this one's back (here: straight to the store): the state this instance remembers
     * from its own last command is brought up to date before the next one is judged, never trusted as it was.
     */
    @Test
    void aStateAnotherInstanceMovedOnIsReadUpToDateNotServedFromMemory() {
        var participantId = new Participants(pool).withCompletedProfile(Participants.eligibleProfile());
        requestIdentityVerification(participantId).statusCode(422);

        eventStore
                .append(
                        StreamIds.of("participant", participantId),
                        ExpectedVersion.any(),
                        List.of(new NewEvent(
                                UUID.randomUUID(),
                                "basic-test-taken.v1",
                                new JsonObject()
                                        .put("attempt", 1)
                                        .put("score", 100)
                                        .put("passed", true)
                                        .put("takenAt", clock.instant().toString())
                                        .encode(),
                                EventMetadata.of(UUID.randomUUID().toString(), null, "another-instance"))),
                        clock.instant())
                .await()
                .atMost(Duration.ofSeconds(30));

        requestIdentityVerification(participantId).statusCode(202);
    }

    private static ValidatableResponse requestIdentityVerification(UUID participantId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/" + participantId + ".jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then();
    }

    @Test
    void twoSimultaneousRegistrationsWithOneEmailGiveExactlyOneAccount() {
        var email = Participants.uniqueEmail();
        var statuses = Concurrently.run(
                2,
                i -> given().contentType(ContentType.JSON)
                        .body(Participants.registration(email, "rahasia-sekali-" + i))
                        .post("/api/v1/registrations")
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void twentyParallelApplicationsNeverSelectMoreThanTheQuota() {
        var participants = new Participants(pool);
        var registry = new RegistryDouble();
        var applicants = new ArrayList<UUID>();
        for (int i = 0; i < 20; i++) {
            applicants.add(participants.identityVerified(registry));
        }
        int quota = 7;
        var batchId = Participants.openBatch(quota);
        var statuses = Concurrently.run(
                20,
                i -> given().contentType(ContentType.JSON)
                        .body(Map.of("batchId", batchId))
                        .post("/api/v1/participants/{id}/batch-applications", applicants.get(i))
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsOnly(201);

        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/operator/batches/{id}/selection", batchId)
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> applicants.stream()
                        .map(id -> (String)
                                given().get("/api/v1/participants/{id}", id).path("status"))
                        .allMatch(status -> status.equals("CARD_ISSUED") || status.equals("NOT_SELECTED")));
        var cards = applicants.stream()
                .filter(id -> "CARD_ISSUED"
                        .equals(given().get("/api/v1/participants/{id}", id).path("status")))
                .count();
        assertThat(cards).isEqualTo(quota);
        given().get("/api/v1/operator/batches/{id}", batchId)
                .then()
                .body("applicants", equalTo(20))
                .body("selected", equalTo(quota));
    }

    private Uni<Outcome<ParticipantEvent, ParticipantState>> register(SqlConnection transaction, UUID participantId) {
        var email = Participants.uniqueEmail();
        var now = clock.instant();
        var verification = new NotificationRequested(
                UUID.randomUUID(),
                participantId,
                NotificationRequested.Channel.EMAIL,
                email,
                "email-verification",
                "id",
                Map.of(),
                now);
        return participants.handle(
                transaction,
                participantId,
                new Loaded<>(ParticipantState.INITIAL, 0),
                new ParticipantCommand.Register(
                        participantId, email, "not-a-hash", "not-a-digest", Participants.PRIVACY_NOTICE, now),
                EventMetadata.of(UUID.randomUUID().toString(), null, "test"),
                (tx, outcome, metadata) -> List.of(notifications.request(tx, List.of(verification), metadata)),
                IfMatch.ANY);
    }

    private boolean anAppendWaitsOnALock() {
        return pool.query("select 1 from pg_stat_activity where wait_event_type = 'Lock'"
                                + " and query like 'insert into events %'")
                        .execute()
                        .await()
                        .atMost(TIMEOUT)
                        .rowCount()
                > 0;
    }
}
