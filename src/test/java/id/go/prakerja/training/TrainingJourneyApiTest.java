package id.go.prakerja.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.Projections;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.TrainingPlatformDouble;
import id.go.prakerja.testing.Trainings;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TrainingJourneyApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void fromSearchThroughPurchaseProgressAndCertificateToAReview() throws Exception {
        var participantId = new Participants(pool).withCard(new RegistryDouble());
        var keyword = "Kaligrafi" + UUID.randomUUID().toString().substring(0, 8);
        var form = Trainings.form("Pelatihan " + keyword + " untuk pemula", 400_000, 3);
        var trainingId = Trainings.publish(form);

        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().queryParam("q", keyword)
                        .get("/api/v1/trainings")
                        .then()
                        .statusCode(200)
                        .body("items.trainingId", hasItem(trainingId.toString())));

        var purchase = given().contentType(ContentType.JSON)
                .body(Map.of("trainingId", trainingId))
                .post("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .statusCode(201)
                .body("price", equalTo(400_000))
                .body("balanceAfter", equalTo(600_000))
                .extract()
                .jsonPath();
        var voucherCode = purchase.getString("voucherCode");
        var purchaseId = purchase.getString("purchaseId");
        Participants.awaitStatus(participantId, "TRAINING_PURCHASED");
        given().get("/api/v1/participants/{id}/balance", participantId).then().body("balance", equalTo(600_000));
        var guide = new JsonObject(KafkaTestClients.awaitNotification(participantId, "TRAINING_START_GUIDE")
                .value());
        assertThat(guide.getJsonObject("parameters").getString("platformLink")).startsWith("https://");
        assertThat(guide.getJsonObject("parameters").getString("voucherCode")).isEqualTo(voucherCode);

        for (int module = 1; module <= 3; module++) {
            TrainingPlatformDouble.report(voucherCode, participantId, "MODULE_COMPLETED", module, null);
        }
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/v1/participants/{id}/purchases", participantId)
                        .then()
                        .body("[0].modulesCompleted", equalTo(3))
                        .body("[0].status", equalTo("ACTIVE")));
        TrainingPlatformDouble.report(voucherCode, participantId, "EXAM_PASSED", null, 88);
        Participants.awaitStatus(participantId, "CERTIFIED");

        var certificateNumber = given().get("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .body("[0].status", equalTo("COMPLETED"))
                .extract()
                .<String>path("[0].certificateNumber");
        assertThat(certificateNumber).matches("PKJ-[A-Z2-9]{16}");
        given().get("/api/v1/certificates/{number}", certificateNumber)
                .then()
                .statusCode(200)
                .body("participantName", equalTo("Siti Rahmawati"))
                .body("trainingTitle", equalTo(form.get("title")))
                .body("provider", equalTo(form.get("provider")));
        var pdf = given().get("/api/v1/certificates/{number}/pdf", certificateNumber)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(certificateNumber)
                    .contains("Siti Rahmawati")
                    .contains("/certificates/" + certificateNumber)
                    .doesNotContain("/api/v1/certificates/");
        }
        // The QR code's address: a page a person reads.
        var page = given().accept("text/html")
                .get("/certificates/{number}", certificateNumber)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .extract()
                .asString();
        assertThat(page)
                .contains(certificateNumber)
                .contains("Siti Rahmawati")
                .contains(form.get("title").toString())
                .containsPattern("Tanggal terbit.*</span></dt><dd>\\d{1,2} \\p{L}+ \\d{4}</dd>");
        given().get("/api/v1/certificates/{number}", "PKJ-NOTAREALNUMBER")
                .then()
                .statusCode(404);
        given().accept("text/html")
                .get("/certificates/{number}", "PKJ-<b>NOTREAL</b>")
                .then()
                .statusCode(404)
                .body(containsString("PKJ-&lt;b&gt;NOTREAL&lt;/b&gt;"));

        given().contentType(ContentType.JSON)
                .body(Map.of("rating", 4, "review", "Materinya jelas dan praktis"))
                .post("/api/v1/participants/{id}/purchases/{purchase}/review", participantId, purchaseId)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("rating", 1, "review", "Ulasan kedua"))
                .post("/api/v1/participants/{id}/purchases/{purchase}/review", participantId, purchaseId)
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("TRAINING_ALREADY_REVIEWED"));
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/v1/trainings/{id}", trainingId)
                        .then()
                        .body("training.reviewCount", equalTo(1))
                        .body("training.ratingAverage", equalTo(4.0f))
                        .body("reviews[0].review", equalTo("Materinya jelas dan praktis")));

        // A rebuild reads the whole journey in one batch: every change of the purchase is folded into one update.
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/v1/participants/{id}/purchases", participantId)
                        .then()
                        .body("[0].reviewed", equalTo(true)));
        var live = given().get("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .body("[0].modulesCompleted", equalTo(3))
                .body("[0].examPassed", equalTo(true))
                .body("[0].certificateNumber", equalTo(certificateNumber))
                .extract()
                .asString();
        Projections.rebuild("participant-overview");
        assertThat(given().get("/api/v1/participants/{id}/purchases", participantId)
                        .then()
                        .extract()
                        .asString())
                .isEqualTo(live);
        given().get("/api/v1/certificates/{number}", certificateNumber)
                .then()
                .statusCode(200)
                .body("participantName", equalTo("Siti Rahmawati"));
    }

    @Test
    void redeliveredProgressCountsOnceAndUnusableRecordsAreDeadLetteredWithTheReason() {
        var participantId = new Participants(pool).withCard(new RegistryDouble());
        var trainingId = Trainings.publish(100_000, 2);
        var voucherCode = given().contentType(ContentType.JSON)
                .body(Map.of("trainingId", trainingId))
                .post("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .statusCode(201)
                .extract()
                .<String>path("voucherCode");

        var reportId = UUID.randomUUID();
        TrainingPlatformDouble.report(reportId, voucherCode, participantId, "MODULE_COMPLETED", 1, null);
        TrainingPlatformDouble.report(reportId, voucherCode, participantId, "MODULE_COMPLETED", 1, null);
        var garbage = "{\"eventId\": \"" + UUID.randomUUID() + "\", \"kind\": \"SOMETHING_ELSE\"}";
        TrainingPlatformDouble.send(UUID.randomUUID(), garbage);
        var unknownVoucher = UUID.randomUUID();
        TrainingPlatformDouble.report(unknownVoucher, "NOSUCHVOUCHER", participantId, "EXAM_PASSED", null, 90);
        TrainingPlatformDouble.report(voucherCode, participantId, "MODULE_COMPLETED", 2, null);

        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/v1/participants/{id}/purchases", participantId)
                        .then()
                        .body("[0].modulesCompleted", equalTo(2)));
        var recorded = given().get("/api/v1/participants/{id}/events", participantId)
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.type == 'training-progress-recorded.v1' }");
        assertThat(recorded).hasSize(2);

        try (var deadLetters = KafkaTestClients.consumerFromStart(TrainingPlatformDouble.DEAD_LETTERS)) {
            var reasons = new java.util.HashMap<String, String>();
            await().atMost(TIMEOUT).until(() -> {
                for (var record : deadLetters.poll(Duration.ofMillis(200))) {
                    var reason = record.headers().lastHeader("dead-letter-reason");
                    reasons.put(
                            record.value(), reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8));
                }
                return reasons.containsKey(garbage)
                        && reasons.keySet().stream().anyMatch(value -> value.contains(unknownVoucher.toString()));
            });
            assertThat(reasons.get(garbage)).contains("Unreadable progress report");
            assertThat(reasons.entrySet().stream()
                            .filter(e -> e.getKey().contains(unknownVoucher.toString()))
                            .findFirst()
                            .orElseThrow()
                            .getValue())
                    .contains("PURCHASE_NOT_FOUND");
        }
    }
}
