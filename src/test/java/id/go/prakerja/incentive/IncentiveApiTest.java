package id.go.prakerja.incentive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.testing.DisbursementPartnerDouble;
import id.go.prakerja.testing.Journeys;
import id.go.prakerja.testing.Operators;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IncentiveApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    TestClock clock;

    @Inject
    DisbursementJob disbursementJob;

    @Inject
    EventStore eventStore;

    private final RegistryDouble registry = new RegistryDouble();
    private final DisbursementPartnerDouble partner = new DisbursementPartnerDouble();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** From registration to a certified, reviewed first training with a payout account: the schedule exists. */
    private UUID scheduled() {
        return Journeys.scheduled(new Participants(pool), registry, Participants.eligibleProfile(), "0123456789");
    }

    private static int duplicatePayments(UUID participantId) {
        return given().get("/api/v1/participants/{id}/incentives", participantId)
                .jsonPath()
                .getInt("installments[0].duplicatePayments");
    }

    private void runJob() {
        disbursementJob.run().await().atMost(TIMEOUT);
    }

    @Test
    void theWholeJourneyEndsFinishedAfterFourMonthlyPayments() {
        var participantId = scheduled();
        for (int month = 1; month <= 4; month++) {
            runJob();
            int installment = month;
            var request = partner.awaitRequests(participantId, month).get(month - 1);
            assertThat(request.getInteger("installment")).isEqualTo(installment);
            assertThat(request.getLong("amount")).isEqualTo(600_000L);
            assertThat(request.getJsonObject("account").getString("accountNumber"))
                    .isEqualTo("0123456789");
            partner.paid(request.getString("disbursementId"));
            await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, installment)));
            clock.advance(Duration.ofDays(31));
        }
        Participants.awaitStatus(participantId, "FINISHED");
        given().get("/api/v1/participants/{id}/incentives", participantId)
                .then()
                .body("totalReceived", equalTo(2_400_000))
                .body("installments.reference.every { it.startsWith('TRX-') }", equalTo(true));
        given().queryParam("from", "2000-01-01T00:00:00Z")
                .get("/api/v1/operator/reports/disbursements")
                .then()
                .statusCode(200)
                .body(
                        "lines.find { it.status == 'PAID' && it.provider == 'BNI' }.count",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        // By payment date: the four were paid over four months from today.
        given().queryParam("from", clock.instant().minus(Duration.ofDays(200)).toString())
                .queryParam("by", "paid")
                .get("/api/v1/operator/reports/disbursements")
                .then()
                .statusCode(200)
                .body(
                        "lines.find { it.status == 'PAID' && it.provider == 'BNI' }.count",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        given().queryParam("by", "paid")
                .queryParam("to", "2000-01-01")
                .get("/api/v1/operator/reports/disbursements")
                .then()
                .body("lines", org.hamcrest.Matchers.empty());
    }

    @Test
    void aReportWindowTakesADateOrAnInstantAndAnythingElseIsNamed() {
        given().queryParam("from", "2026-01-01")
                .queryParam("to", "2027-01-01T00:00:00Z")
                .get("/api/v1/operator/reports/disbursements")
                .then()
                .statusCode(200)
                .body("from", equalTo("2025-12-31T17:00:00Z"))
                .body("to", equalTo("2027-01-01T00:00:00Z"));
        given().header("Accept-Language", "en")
                .queryParam("from", "2026-13-01")
                .get("/api/v1/operator/reports/disbursements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("must be a date (2026-01-01"));
    }

    @Test
    void aSecondPaymentIsReportedAReversalReopensAndFinanceRetriesAFailureOnTheSameAccount() {
        var participantId = scheduled();
        runJob();
        var first = partner.awaitRequests(participantId, 1).get(0).getString("disbursementId");
        partner.paid(first, "TRX-A");
        await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));
        partner.paid(first, "TRX-A");
        partner.paid(first, "TRX-B");
        await().atMost(TIMEOUT).until(() -> duplicatePayments(participantId) == 1);
        partner.reversed(first, "TRX-B", "OVERPAID");
        await().atMost(TIMEOUT).until(() -> duplicatePayments(participantId) == 0);
        assertThat(Journeys.installmentStatus(participantId, 1)).isEqualTo("PAID");

        partner.reversed(first, "TRX-A", "ACCOUNT_FROZEN");
        await().atMost(TIMEOUT).until(() -> "RETRY_READY".equals(Journeys.installmentStatus(participantId, 1)));
        runJob();
        var second = partner.awaitRequests(participantId, 2).get(1).getString("disbursementId");
        partner.failed(second, "BANK_OFFLINE");
        await().atMost(TIMEOUT).until(() -> "FAILED".equals(Journeys.installmentStatus(participantId, 1)));

        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + Operators.tokenOf(pool, Roles.FINANCE))
                .body(Map.of("reason", "Gangguan bank mitra"))
                .post("/api/v1/operator/participants/{id}/incentives/{n}/retry", participantId, 1)
                .then()
                .statusCode(200);
        await().atMost(TIMEOUT).until(() -> "RETRY_READY".equals(Journeys.installmentStatus(participantId, 1)));
        runJob();
        var third = partner.awaitRequests(participantId, 3).get(2);
        assertThat(third.getJsonObject("account").getString("accountNumber")).isEqualTo("0123456789");
        partner.paid(third.getString("disbursementId"));
        await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));

        var types = given().get("/api/v1/participants/{id}/events", participantId)
                .jsonPath()
                .getList("type", String.class);
        assertThat(types)
                .contains("duplicate-payment-reported.v1", "payment-reversed.v1", "disbursement-retry-approved.v1");
        var report = given().queryParam(
                        "from", clock.instant().minus(Duration.ofDays(1)).toString())
                .get("/api/v1/operator/reports/disbursements")
                .jsonPath();
        assertThat(report.getList("attempts.status", String.class)).contains("REVERSED", "FAILED", "PAID");
        var envelopes = given().queryParam(
                        "from", clock.instant().minus(Duration.ofDays(1)).toString())
                .get("/api/v1/operator/disbursements/batches")
                .jsonPath();
        assertThat(envelopes.getList("reversed", Long.class).stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aFailedPaymentIsRetriedAfterTheAccountChangesAndARepeatedPaidPaysOnce() {
        var participantId = scheduled();
        runJob();
        var first = partner.awaitRequests(participantId, 1).get(0).getString("disbursementId");
        partner.failed(first, "ACCOUNT_CLOSED");
        await().atMost(TIMEOUT).until(() -> "FAILED".equals(Journeys.installmentStatus(participantId, 1)));
        runJob();
        assertThat(Journeys.installmentStatus(participantId, 1)).isEqualTo("FAILED");

        Journeys.setAccount(participantId, "9876543210").statusCode(200);
        await().atMost(TIMEOUT).until(() -> "RETRY_READY".equals(Journeys.installmentStatus(participantId, 1)));
        runJob();
        var retry = partner.awaitRequests(participantId, 2).get(1);
        assertThat(retry.getString("disbursementId")).isNotEqualTo(first);
        assertThat(retry.getJsonObject("account").getString("accountNumber")).isEqualTo("9876543210");

        partner.paid(retry.getString("disbursementId"));
        partner.paid(retry.getString("disbursementId"));
        await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));
        var paidEvents = given().get("/api/v1/participants/{id}/events", participantId)
                .jsonPath()
                .getList("findAll { it.type == 'incentive-paid.v1' }");
        assertThat(paidEvents).hasSize(1);
        given().get("/api/v1/participants/{id}/incentives", participantId)
                .then()
                .body("totalReceived", equalTo(600_000));
    }

    @Test
    void theJobRunningTwiceAtOnceRequestsEachInstallmentOnce() {
        var participantId = scheduled();
        io.smallrye.mutiny.Uni.combine()
                .all()
                .unis(disbursementJob.run(), disbursementJob.run())
                .discardItems()
                .await()
                .atMost(TIMEOUT);
        runJob();
        // The stream, not the timeline: a projection read straight after the job may not show its append yet.
        var requests =
                eventStore.readStream(ParticipantService.streamOf(participantId)).await().atMost(TIMEOUT).stream()
                        .filter(event -> event.type().equals("disbursement-requested.v1"))
                        .toList();
        assertThat(requests).hasSize(1);
        assertThat(partner.awaitRequests(participantId, 1)).hasSize(1);
    }

    @Test
    void revocationMidScheduleStopsFutureInstallmentsAndRecordsTheClawback() {
        var participantId = scheduled();
        runJob();
        partner.paid(partner.awaitRequests(participantId, 1).get(0).getString("disbursementId"));
        await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Terbukti menerima bansos lain", "ineligible", true))
                .post("/api/v1/operator/participants/{id}/revoke", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        await().atMost(TIMEOUT).until(() -> "CANCELLED".equals(Journeys.installmentStatus(participantId, 4)));
        clock.advance(Duration.ofDays(120));
        runJob();
        assertThat(given().get("/api/v1/participants/{id}/events", participantId)
                        .jsonPath()
                        .getList("findAll { it.type == 'disbursement-requested.v1' }"))
                .hasSize(1);
        var clawback = pool.preparedQuery("select amount from clawbacks where participant_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(participantId));
        await().atMost(TIMEOUT)
                .until(() -> pool.preparedQuery("select amount from clawbacks where participant_id = $1")
                                .execute(io.vertx.mutiny.sqlclient.Tuple.of(participantId))
                                .await()
                                .atMost(TIMEOUT)
                                .rowCount()
                        == 1);
        assertThat(clawback.await().atMost(TIMEOUT).iterator().next().getLong("amount"))
                .isEqualTo(600_000L);
    }

    @Test
    void anAccountInSomeoneElsesNameIsRefused() {
        var participantId = new Participants(pool).withCard(registry);
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of(
                        "type", "EWALLET",
                        "provider", "OVO",
                        "accountNumber", "081234567890",
                        "accountHolderName", "Budi Santoso"))
                .put("/api/v1/participants/{id}/payout-account", participantId)
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("ACCOUNT_HOLDER_MISMATCH"));
        given().queryParam("batchId", UUID.randomUUID())
                .get("/api/v1/operator/reports/funnel")
                .then()
                .statusCode(200)
                .body("reached.CARD_ISSUED", equalTo(0));
    }
}
