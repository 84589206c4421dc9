package id.go.prakerja.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.batch.DeadlineJob;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.notification.NotificationRequested;
import id.go.prakerja.notification.Notifications;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.testing.Concurrently;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.Projections;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.TestClock;
import id.go.prakerja.testing.TrainingPlatformDouble;
import id.go.prakerja.testing.Trainings;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PurchaseApiTest {

    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    DeadlineJob deadlineJob;

    @Inject
    EventStore eventStore;

    @Inject
    ParticipantService participants;

    @Inject
    Notifications notifications;

    private final RegistryDouble registry = new RegistryDouble();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static io.restassured.path.json.JsonPath buy(UUID participantId, UUID trainingId, int status) {
        return given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("trainingId", trainingId))
                .post("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.ValidatableResponse cancel(UUID participantId, String purchaseId) {
        return given().header("Accept-Language", "en")
                .post("/api/v1/participants/{id}/purchases/{purchase}/cancellation", participantId, purchaseId)
                .then();
    }

    @Test
    void aCancellationInsideTheWindowRefundsInFullAndOnlyOnce() {
        var participantId = new Participants(pool).withCard(registry);
        var purchaseId = buy(participantId, Trainings.publish(300_000, 2), 201).getString("purchaseId");

        clock.advance(Duration.ofDays(29));
        cancel(participantId, purchaseId)
                .statusCode(200)
                .body("refund", equalTo(300_000))
                .body("balanceAfter", equalTo(1_000_000));
        cancel(participantId, purchaseId)
                .statusCode(422)
                .body("violations[0].rule", equalTo("PURCHASE_ALREADY_CANCELLED"));
        Participants.awaitStatus(participantId, "CARD_ISSUED");
        given().get("/api/v1/participants/{id}/balance", participantId).then().body("balance", equalTo(1_000_000));
        given().get("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .body("[0].status", equalTo("CANCELLED"));
    }

    @Test
    void noRefundAfterTheWindowOrAfterCompletion() {
        var participants = new Participants(pool);
        var late = participants.withCard(registry);
        var latePurchase = buy(late, Trainings.publish(300_000, 2), 201).getString("purchaseId");
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        cancel(late, latePurchase)
                .statusCode(422)
                .body("violations[0].rule", equalTo("REFUND_WINDOW_CLOSED"))
                .body("violations[0].message", equalTo("A refund must be asked for within 30 days of the purchase."));
        clock.reset();

        var done = participants.withCard(registry);
        var bought = buy(done, Trainings.publish(200_000, 1), 201);
        TrainingPlatformDouble.report(bought.getString("voucherCode"), done, "MODULE_COMPLETED", 1, null);
        TrainingPlatformDouble.report(bought.getString("voucherCode"), done, "EXAM_PASSED", null, 75);
        Participants.awaitStatus(done, "CERTIFIED");
        cancel(done, bought.getString("purchaseId"))
                .statusCode(422)
                .body("violations[0].rule", equalTo("TRAINING_ALREADY_COMPLETED"));
    }

    @Test
    void aPriceAboveTheBalanceIsRefusedAndTheCatalogPriceAtPurchaseTimeIsKept() {
        var participantId = new Participants(pool).withCard(registry);
        var expensive = Trainings.publish(1_000_001, 2);
        assertThat(buy(participantId, expensive, 422).getString("violations[0].rule"))
                .isEqualTo("INSUFFICIENT_BALANCE");

        var trainingId = Trainings.publish(250_000, 2);
        buy(participantId, trainingId, 201);
        given().contentType(ContentType.JSON)
                .body(Trainings.form("Harga naik " + UUID.randomUUID(), 900_000, 2))
                .put("/api/v1/operator/trainings/{id}", trainingId)
                .then()
                .statusCode(200);
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> given().get("/api/v1/participants/{id}/purchases", participantId)
                        .then()
                        .body("[0].price", equalTo(250_000)));
    }

    @Test
    void fiftyConcurrentPurchasesNeverOverdrawTheBalance() {
        var participantId = new Participants(pool).withCard(registry);
        var trainingIds = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> Trainings.publish(400_000, 1))
                .toList();
        var statuses = Concurrently.run(
                50,
                i -> given().contentType(ContentType.JSON)
                        .body(Map.of("trainingId", trainingIds.get(i)))
                        .post("/api/v1/participants/{id}/purchases", participantId)
                        .then()
                        .extract()
                        .statusCode());
        // One purchase at a time until it is completed: exactly one of fifty gets through.
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).containsOnly(422);
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> given().get("/api/v1/participants/{id}/balance", participantId)
                        .then()
                        .body("balance", equalTo(600_000)));
        var purchased = given().get("/api/v1/participants/{id}/events", participantId)
                .jsonPath()
                .getList("findAll { it.type == 'training-purchased.v1' }");
        assertThat(purchased).hasSize(1);
    }

    @Test
    void aPurchaseIsJudgedOnWhatAnotherInstanceAppendedAfterThisOneLastServedTheParticipant() {
        var participantId = new Participants(pool).withCard(registry);
        var first = buy(participantId, Trainings.publish(200_000, 1), 201);
        assertThat(first.getLong("balanceAfter")).isEqualTo(800_000);
        // Another instance cancels it: the event lies behind the state this instance remembers from the purchase.
        var cancelled = new PurchaseCancelled(
                UUID.fromString(first.getString("purchaseId")), 200_000, 1_000_000, clock.instant());
        eventStore
                .append(
                        ParticipantService.streamOf(participantId),
                        ExpectedVersion.any(),
                        List.of(participants
                                .types()
                                .toNewEvent(
                                        cancelled,
                                        EventMetadata.of(UUID.randomUUID().toString(), null, "test"))),
                        clock.instant())
                .await()
                .atMost(Duration.ofSeconds(10));

        // Judged on the remembered state alone, this would be refused: one purchase at a time.
        var second = buy(participantId, Trainings.publish(300_000, 1), 201);
        assertThat(second.getLong("balanceAfter")).isEqualTo(700_000);
    }

    @Test
    void aVersionConflictIsReportedAsSuchWhenOtherWritesWereSentWithTheAppend() {
        var participantId = new Participants(pool).withCard(registry);
        var stale = participants.load(pool, participantId).await().atMost(Duration.ofSeconds(10));
        buy(participantId, Trainings.publish(100_000, 1), 201);
        var notificationId = UUID.randomUUID();
        var notification = new NotificationRequested(
                notificationId,
                participantId,
                NotificationRequested.Channel.EMAIL,
                "conflict-" + notificationId + "@example.id",
                "card-frozen",
                "id",
                Map.of(),
                clock.instant());
        var voucherCode = "C" + notificationId.toString().substring(0, 9);

        var failure = pool.withTransaction(transaction -> participants.handle(
                        transaction,
                        participantId,
                        stale,
                        new Freeze("conflict test", clock.instant()),
                        EventMetadata.of(UUID.randomUUID().toString(), null, "test"),
                        (tx, outcome, metadata) -> List.of(
                                notifications.request(tx, List.of(notification), metadata),
                                tx.preparedQuery("insert into vouchers (voucher_code, participant_id, purchase_id)"
                                                + " values ($1, $2, $3)")
                                        .execute(Tuple.of(voucherCode, participantId, UUID.randomUUID()))),
                        IfMatch.ANY))
                .onItemOrFailure()
                .transform((outcome, thrown) -> thrown)
                .await()
                .atMost(Duration.ofSeconds(10));

        // The retry of a command is set off by this type. The append found a newer version and inserted nothing, so the
        // writes sent behind it succeeded, and went with the transaction's rollback.
        assertThat(failure).isInstanceOf(WrongExpectedVersion.class);
        assertThat(eventStore
                        .readStream(StreamIds.of(Notifications.CATEGORY, notificationId))
                        .await()
                        .atMost(Duration.ofSeconds(10)))
                .isEmpty();
        assertThat(pool.preparedQuery("select 1 from vouchers where voucher_code = $1")
                        .execute(Tuple.of(voucherCode))
                        .await()
                        .atMost(Duration.ofSeconds(10))
                        .rowCount())
                .isZero();
    }

    @Test
    void aCardUsedInTimeIsNotRevokedAtTheDeadline() {
        var participantId = new Participants(pool).withCard(registry);
        buy(participantId, Trainings.publish(100_000, 1), 201);
        Participants.awaitStatus(participantId, "TRAINING_PURCHASED");
        clock.advance(Duration.ofDays(31));
        deadlineJob.run().await().atMost(Duration.ofSeconds(30));
        given().get("/api/v1/participants/{id}", participantId)
                .then()
                .body("status", equalTo("TRAINING_PURCHASED"))
                .body("balance", equalTo(900_000));
    }

    @Test
    void theRebuiltStatusProjectionShowsThePurchasesAsTheLiveOneDid() {
        var participantId = new Participants(pool).withCard(registry);
        var cancelled = buy(participantId, Trainings.publish(200_000, 1), 201).getString("purchaseId");
        cancel(participantId, cancelled).statusCode(200);
        buy(participantId, Trainings.publish(300_000, 1), 201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> purchases(participantId).size() == 2);
        var live = purchases(participantId);
        assertThat(live)
                .hasSize(2)
                .anySatisfy(purchase -> assertThat(purchase)
                        .containsEntry("purchaseId", cancelled)
                        .containsEntry("status", "CANCELLED"));

        Projections.rebuild("participant-overview");

        assertThat(purchases(participantId)).isEqualTo(live);
    }

    private static java.util.List<Map<String, Object>> purchases(UUID participantId) {
        return given().get("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }
}
