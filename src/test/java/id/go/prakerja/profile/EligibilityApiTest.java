package id.go.prakerja.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EligibilityApiTest {

    @Inject
    Pool pool;

    private ValidatableResponse submit(UUID participantId, Map<String, Object> profile, String language) {
        return given().contentType(ContentType.JSON)
                .header("Accept-Language", language)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", participantId)
                .then();
    }

    @Test
    void severalFailedRulesAreAllListedAndTheParticipantIsRecordedAsNotEligible() {
        var participantId = new Participants(pool).registeredAndVerified();
        var profile = Participants.eligibleProfile();
        profile.put("citizenship", "WNA");
        profile.put("inFormalEducation", true);
        profile.put("socialAidReceived", List.of("PKH"));
        profile.put("occupation", "ASN");

        var answer = submit(participantId, profile, "en")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Not eligible"))
                .body(
                        "violations.rule",
                        containsInAnyOrder(
                                "CITIZENSHIP", "IN_FORMAL_EDUCATION", "OTHER_SOCIAL_AID", "EXCLUDED_OCCUPATION"))
                .extract()
                .jsonPath();
        assertThat(answer.getString("violations.find { it.rule == 'CITIZENSHIP' }.message"))
                .isEqualTo("Only Indonesian citizens (WNI) can join.");
        given().queryParam("minVersion", answer.getLong("version"))
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .body("status", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void ruleMessagesFollowAcceptLanguage() {
        var participantId = new Participants(pool).registeredAndVerified();
        var profile = Participants.eligibleProfile();
        profile.put("birthDate", LocalDate.of(2015, 1, 1).toString());
        profile.put("nik", Participants.nik(LocalDate.of(2015, 1, 1), "FEMALE"));
        submit(participantId, profile, "id-ID")
                .statusCode(422)
                .body("title", equalTo("Tidak memenuhi syarat"))
                .body("violations[0].rule", equalTo("AGE_RANGE"))
                .body(
                        "violations[0].message",
                        equalTo("Usia pada tanggal pendaftaran di luar rentang yang diizinkan program."));
    }

    @Test
    void aNikOfTheWrongShapeOrDateIsRefusedBeforeAnythingIsRecorded() {
        var participants = new Participants(pool);
        var participantId = participants.registeredAndVerified();
        var profile = Participants.eligibleProfile();

        profile.put("nik", "327301540395");
        submit(participantId, profile, "en").statusCode(422).body("violations.rule", containsInAnyOrder("NIK_LENGTH"));
        profile.put("nik", "32730154039500X1");
        submit(participantId, profile, "en").statusCode(422).body("violations.rule", containsInAnyOrder("NIK_DIGITS"));
        // Born on the 14th as a woman: the NIK's day must be 54, not 14.
        profile.put("nik", Participants.nik(LocalDate.of(1995, 3, 14), "MALE"));
        submit(participantId, profile, "en")
                .statusCode(422)
                .body("violations.rule", containsInAnyOrder("NIK_BIRTH_DATE_MISMATCH"));

        given().get("/api/v1/participants/{id}", participantId).then().body("status", equalTo("EMAIL_VERIFIED"));
        profile.put("nik", Participants.nik(LocalDate.of(1995, 3, 14), "FEMALE"));
        submit(participantId, profile, "en").statusCode(200).body("status", equalTo("PROFILE_COMPLETED"));
    }

    @Test
    void aNikTakesPartOnceAndAFamilyCardAtMostTwice() {
        var participants = new Participants(pool);
        var first = Participants.eligibleProfile();
        participants.withCompletedProfile(first);

        var sameNik = Participants.eligibleProfile();
        sameNik.put("nik", first.get("nik"));
        submit(participants.registeredAndVerified(), sameNik, "en")
                .statusCode(422)
                .body("violations.rule", containsInAnyOrder("NIK_ALREADY_REGISTERED"));

        var sibling = Participants.eligibleProfile();
        sibling.put("kkNumber", first.get("kkNumber"));
        participants.withCompletedProfile(sibling);
        var third = Participants.eligibleProfile();
        third.put("kkNumber", first.get("kkNumber"));
        submit(participants.registeredAndVerified(), third, "en")
                .statusCode(422)
                .body("violations.rule", containsInAnyOrder("FAMILY_CARD_LIMIT"));
    }
}
