package id.go.prakerja.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.Trainings;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CatalogApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void filtersSortAndCursorPagesOverAProvidersTrainings() {
        var provider = "Lembaga Katalog " + UUID.randomUUID();
        var prices = List.of(150_000L, 300_000L, 450_000L, 600_000L, 750_000L);
        for (var price : prices) {
            var form = Trainings.form("Bahasa Inggris untuk kerja " + price, price, 2);
            form.put("provider", provider);
            form.put("category", "FOREIGN_LANGUAGE");
            form.put("platform", "PINTARIA");
            Trainings.publish(form);
        }
        await().atMost(TIMEOUT)
                .until(() -> given().queryParam("provider", provider)
                                .get("/api/v1/trainings")
                                .jsonPath()
                                .getList("items")
                                .size()
                        == 5);

        var seen = new ArrayList<Long>();
        String cursor = null;
        do {
            var request = given().queryParam("provider", provider)
                    .queryParam("category", "FOREIGN_LANGUAGE")
                    .queryParam("platform", "PINTARIA")
                    .queryParam("minPrice", 200_000)
                    .queryParam("maxPrice", 700_000)
                    .queryParam("sort", "PRICE_ASC")
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/trainings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.price", Long.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(300_000L, 450_000L, 600_000L);

        var descending = given().queryParam("provider", provider)
                .queryParam("sort", "PRICE_DESC")
                .get("/api/v1/trainings")
                .jsonPath()
                .getList("items.price", Long.class);
        assertThat(descending).containsExactly(750_000L, 600_000L, 450_000L, 300_000L, 150_000L);
        given().queryParam("provider", provider)
                .queryParam("minHours", 11)
                .get("/api/v1/trainings")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void textSearchUnderstandsIndonesianWordForms() {
        var token = "Batik" + UUID.randomUUID().toString().substring(0, 6);
        var form = Trainings.form("Pemasaran " + token + " secara daring", 200_000, 2);
        form.put("description", "Memasarkan produk " + token + " melalui media sosial");
        var trainingId = Trainings.publish(form);
        // "memasarkan" and "pemasaran" share the stem "pasar" in PostgreSQL's Indonesian configuration.
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().queryParam("q", "pasar " + token)
                        .get("/api/v1/trainings")
                        .then()
                        .body("items.trainingId", hasItem(trainingId.toString())));
    }

    @Test
    void aPriceChangeAndUnpublishingShowInTheCatalog() {
        var trainingId = Trainings.publish(500_000, 2);
        var form = Trainings.form("Pelatihan yang diubah " + UUID.randomUUID(), 550_000, 3);
        given().contentType(ContentType.JSON)
                .body(form)
                .put("/api/v1/operator/trainings/{id}", trainingId)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().get("/api/v1/trainings/{id}", trainingId)
                        .then()
                        .body("training.price", equalTo(550_000))
                        .body("training.modules.size()", equalTo(3)));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Penyedia berhenti"))
                .post("/api/v1/operator/trainings/{id}/unpublish", trainingId)
                .then()
                .statusCode(200);
        await().atMost(TIMEOUT)
                .untilAsserted(() -> given().queryParam("q", form.get("title"))
                        .get("/api/v1/trainings")
                        .then()
                        .body("items.trainingId", not(hasItem(trainingId.toString()))));
    }

    @Test
    void anUnknownPlatformAndABadCursorAreRefused() {
        var form = Trainings.form("Platform tak dikenal", 100_000, 1);
        form.put("platform", "NOWHERE");
        given().contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/operator/trainings")
                .then()
                .statusCode(422)
                .body("violations[0].rule", equalTo("PLATFORM_UNKNOWN"));
        given().queryParam("cursor", "not-a-cursor")
                .get("/api/v1/trainings")
                .then()
                .statusCode(400);
        given().queryParam("limit", 1000).get("/api/v1/trainings").then().statusCode(400);
        given().queryParam("category", "COOKING")
                .get("/api/v1/trainings")
                .then()
                .statusCode(404);
    }
}
