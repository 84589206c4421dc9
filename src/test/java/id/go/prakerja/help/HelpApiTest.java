package id.go.prakerja.help;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class HelpApiTest {

    @Test
    void anyoneReadsTheContactsAndQuestionsInIndonesianByDefault() {
        given().get("/api/v1/help")
                .then()
                .statusCode(200)
                .body("language", equalTo("id"))
                .body(
                        "contacts.value",
                        contains("0800 150 3001", "support@prakerja.go.id", "https://www.prakerja.go.id/hubungi-kami"))
                .body("contacts[0].label", equalTo("Pusat Panggilan (bebas pulsa)"))
                .body("faq.question", hasItem("Berapa biaya pendaftaran Kartu Prakerja?"));
    }

    @Test
    void englishWhenAskedAndASearchKeepsTheQuestionsHoldingEveryWord() {
        given().header("Accept-Language", "en-GB,en;q=0.8")
                .queryParam("q", "REGISTRATION free")
                .get("/api/v1/help")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("contacts[0].label", equalTo("Call centre (toll-free)"))
                .body("faq", hasSize(1))
                .body("faq[0].id", equalTo("registration-fee"))
                .body("faq[0].answer", equalTo("Registration is free."));
        given().queryParam("q", "diunduh").get("/api/v1/help").then().body("faq.id", contains("certificate"));
        given().queryParam("q", "tidak ada kata seperti ini")
                .get("/api/v1/help")
                .then()
                .body("faq", hasSize(0));
    }

    @Test
    void aQueryTooLongIsAProblemThatSaysSo() {
        given().header("Accept-Language", "en")
                .queryParam("q", "x".repeat(201))
                .get("/api/v1/help")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].message", equalTo("size must be between 0 and 200"));
    }
}
