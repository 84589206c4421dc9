package id.go.prakerja.reconciliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.incentive.DisbursementJob;
import id.go.prakerja.testing.DisbursementPartnerDouble;
import id.go.prakerja.testing.Journeys;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A statement with every kind of mismatch is reported line by line, and no balance moves because of it. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReconciliationApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Inject
    DisbursementJob disbursementJob;

    private final RegistryDouble registry = new RegistryDouble();
    private final DisbursementPartnerDouble partner = new DisbursementPartnerDouble();

    @Test
    void everyKindOfMismatchIsListedAndNothingChanges() {
        var paidOne =
                Journeys.scheduled(new Participants(pool), registry, Participants.eligibleProfile(), "0123456789");
        var failedOne =
                Journeys.scheduled(new Participants(pool), registry, Participants.eligibleProfile(), "0123456780");
        disbursementJob.run().await().atMost(TIMEOUT);
        var paid = partner.awaitRequests(paidOne, 1).get(0).getString("disbursementId");
        var failed = partner.awaitRequests(failedOne, 1).get(0).getString("disbursementId");
        partner.paid(paid);
        partner.failed(failed, "BANK_OFFLINE");
        await().atMost(TIMEOUT)
                .until(() -> "PAID".equals(Journeys.installmentStatus(paidOne, 1))
                        && "FAILED".equals(Journeys.installmentStatus(failedOne, 1)));

        var today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        var unknown = UUID.randomUUID();
        var statement = "disbursement_id,reference,amount,status,date\n"
                + paid + ",TRX-1,600000,PAID," + today + "\n"
                + unknown + ",TRX-2,600000,PAID," + today + "\n"
                + failed + ",TRX-3,600000,PAID," + today + "\n"
                + failed + ",TRX-4,500000,FAILED," + today + "\n"
                + paid + ",TRX-5,600000,FAILED," + today + "\n"
                + failed + ",TRX-6,600000,REVERSED," + today + "\n";
        var first = report(importStatement(statement));
        assertThat(first.getInt("lines")).isEqualTo(6);
        assertThat(first.getInt("matched")).isEqualTo(1);
        assertThat(first.getList("mismatches.lineNo", Integer.class)).containsExactly(3, 4, 5, 6, 7);
        assertThat(first.getList("mismatches.finding", String.class))
                .containsExactly(
                        "UNKNOWN_DISBURSEMENT",
                        "PAID_BUT_RECORDED_FAILED",
                        "AMOUNT_DIFFERS",
                        "FAILED_BUT_RECORDED_PAID",
                        "REVERSED");
        assertThat(first.getString("mismatches[1].participantId")).isEqualTo(failedOne.toString());

        given().contentType("text/csv")
                .body(statement)
                .post("/api/v1/operator/disbursements/statements")
                .then()
                .statusCode(409);
        var second = report(importStatement("date,status,amount,reference,disbursement_id,note\n" + today
                + ",PAID,600000,TRX-9," + paid + ",again\n"));
        assertThat(second.getList("mismatches.finding", String.class)).containsExactly("PAID_TWICE");

        // A statement changes no balance by itself.
        assertThat(Journeys.installmentStatus(paidOne, 1)).isEqualTo("PAID");
        assertThat(Journeys.installmentStatus(failedOne, 1)).isEqualTo("FAILED");
        given().get("/api/v1/participants/{id}/incentives", failedOne).then().body("totalReceived", equalTo(0));

        var envelopes = given().queryParam("from", today.minusDays(1).toString())
                .get("/api/v1/operator/disbursements/batches")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(envelopes.getLong("find { it.dueOn == '" + today + "' }.paid"))
                .isGreaterThanOrEqualTo(1);
        assertThat(envelopes.getLong("find { it.dueOn == '" + today + "' }.failed"))
                .isGreaterThanOrEqualTo(1);
    }

    /** Each line is held against the attempt it names, not against where the installment stands now. */
    @Test
    void aFailedAttemptThatARetryPaidMatchesAndAPaymentOfTheFailedAttemptIsFlaggedTwice() {
        var participantId =
                Journeys.scheduled(new Participants(pool), registry, Participants.eligibleProfile(), "0123456781");
        disbursementJob.run().await().atMost(TIMEOUT);
        var first = partner.awaitRequests(participantId, 1).get(0).getString("disbursementId");
        partner.failed(first, "BANK_OFFLINE");
        await().atMost(TIMEOUT).until(() -> "FAILED".equals(Journeys.installmentStatus(participantId, 1)));
        given().contentType("application/json")
                .body(java.util.Map.of("reason", "Gangguan bank"))
                .post("/api/v1/operator/participants/{id}/incentives/1/retry", participantId)
                .then()
                .statusCode(200);
        await().atMost(TIMEOUT).until(() -> "RETRY_READY".equals(Journeys.installmentStatus(participantId, 1)));
        disbursementJob.run().await().atMost(TIMEOUT);
        var second = partner.awaitRequests(participantId, 2).get(1).getString("disbursementId");
        partner.paid(second, "TRX-R2");
        await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));

        var today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        var report = report(importStatement("disbursement_id,reference,amount,status,date\n"
                + first + ",TRX-R1,600000,FAILED," + today + "\n"
                + second + ",TRX-R2,600000,PAID," + today + "\n"
                + first + ",TRX-R3,600000,PAID," + today + "\n"));
        // The failure of the first attempt matches; the statement's payment of that attempt is one we never had, and
        // with the retry's it makes two.
        assertThat(report.getInt("matched")).isEqualTo(1);
        assertThat(report.getList("mismatches.lineNo", Integer.class)).containsExactly(3, 4);
        assertThat(report.getList("mismatches.finding", String.class))
                .containsExactly("PAID_TWICE", "PAID_BUT_RECORDED_FAILED");
    }

    @Test
    void aFileWithBadCellsIsRefusedWholeWithEachCellNamed() {
        given().contentType("text/csv")
                .header("Accept-Language", "en")
                .body("disbursement_id,reference,amount,status,date\n"
                        + UUID.randomUUID() + ",TRX,6OO000,PAID,2026-12-01\n"
                        + "nope,TRX,600000,SENT,2026-13-01\n")
                .post("/api/v1/operator/disbursements/statements")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.contains(
                                "line 2: amount", "line 3: disbursement_id", "line 3: status", "line 3: date"))
                .body("violations[0].message", equalTo("must be a whole number of rupiah, 1 or more"));
        given().contentType("text/csv")
                .body("id;amount\n1;2\n")
                .post("/api/v1/operator/disbursements/statements")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("line 1: header"));
    }

    private static String importStatement(String csv) {
        return given().contentType("text/csv")
                .body(csv)
                .post("/api/v1/operator/disbursements/statements")
                .then()
                .statusCode(201)
                .extract()
                .path("statementId");
    }

    private static JsonPath report(String statementId) {
        return await().atMost(TIMEOUT)
                .until(
                        () -> given().get("/api/v1/operator/disbursements/statements/{id}", statementId),
                        response -> response.statusCode() == 200)
                .jsonPath();
    }
}
