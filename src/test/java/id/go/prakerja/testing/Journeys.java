package id.go.prakerja.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Journeys far along, through the real API and the partner doubles, for the tests of what comes after. */
public final class Journeys {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Journeys() {}

    /**
     * From registration with {@code profile} to a certified, reviewed first training with a payout account numbered
     * {@code accountNumber}: the incentive's schedule exists.
     */
    public static UUID scheduled(
            Participants participants, RegistryDouble registry, Map<String, Object> profile, String accountNumber) {
        var participantId = participants.withCard(registry, profile);
        var bought = given().contentType(ContentType.JSON)
                .body(Map.of("trainingId", Trainings.publish(300_000, 1)))
                .post("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        TrainingPlatformDouble.report(bought.getString("voucherCode"), participantId, "MODULE_COMPLETED", 1, null);
        TrainingPlatformDouble.report(bought.getString("voucherCode"), participantId, "EXAM_PASSED", null, 80);
        Participants.awaitStatus(participantId, "CERTIFIED");
        setAccount(participantId, accountNumber).statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("rating", 5, "review", "Sangat bermanfaat"))
                .post(
                        "/api/v1/participants/{id}/purchases/{purchase}/review",
                        participantId,
                        bought.getString("purchaseId"))
                .then()
                .statusCode(201);
        await().atMost(TIMEOUT).until(() -> installments(participantId) == 4);
        return participantId;
    }

    public static ValidatableResponse setAccount(UUID participantId, String number) {
        return given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of(
                        "type", "BANK",
                        "provider", "BNI",
                        "accountNumber", number,
                        "accountHolderName", "SITI RAHMAWATI"))
                .put("/api/v1/participants/{id}/payout-account", participantId)
                .then();
    }

    public static int installments(UUID participantId) {
        return given().get("/api/v1/participants/{id}/incentives", participantId)
                .jsonPath()
                .getList("installments")
                .size();
    }

    public static String installmentStatus(UUID participantId, int installment) {
        return given().get("/api/v1/participants/{id}/incentives", participantId)
                .jsonPath()
                .getString("installments[" + (installment - 1) + "].status");
    }
}
