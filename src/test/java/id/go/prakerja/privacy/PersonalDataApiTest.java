package id.go.prakerja.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.prakerja.incentive.DisbursementJob;
import id.go.prakerja.testing.DisbursementPartnerDouble;
import id.go.prakerja.testing.Journeys;
import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.Projections;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * UU PDP 27/2022 over a whole journey, on the real PostgreSQL and Kafka: what leaves on the topics, what sits in the
 * log, what the service logs, and erasure on an append-only log.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PersonalDataApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String JOURNEY_TOPIC = "prakerja.participant-events.v1";
    private static final String NOTIFICATIONS = "prakerja.notifications.v1";

    @Inject
    Pool pool;

    @Inject
    DisbursementJob disbursementJob;

    private final RegistryDouble registry = new RegistryDouble();
    private final DisbursementPartnerDouble partner = new DisbursementPartnerDouble();

    @Test
    void afterAWholeJourneyNothingPersonalIsOnTheJourneyTopicInTheLogInClearOrInTheServiceLog() throws Exception {
        var person = new Person();
        var participantId = paidOnce(person);
        var email = given().get("/api/v1/participants/{id}/personal-data", participantId)
                .then()
                .statusCode(200)
                .body("profile.nik", equalTo(person.nik))
                .body("payoutAccount.accountNumber", equalTo(person.account))
                .extract()
                .path("email")
                .toString();
        var personal = List.of(person.nik, person.kk, "Rahmawati", person.phone, email, person.account);

        var journey = records(JOURNEY_TOPIC, "participant-" + participantId, "prakerja.participant.incentive-paid.v1");
        assertThat(journey).extracting(ConsumerRecord::value).allSatisfy(value -> {
            assertThat(value).doesNotContain(personal).doesNotContain("$2a$", "$2b$", "passwordHash", "tokenHash");
        });
        assertThat(journey)
                .extracting(r -> header(r, "ce_type"))
                .contains("prakerja.participant.registered.v1", "prakerja.participant.profile-completed.v1")
                .allMatch(type -> type.startsWith("prakerja.participant."));
        // Each as the AsyncAPI document promises: a message it names, with no field beyond its schema's.
        var contract = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("src/main/resources/META-INF/resources/asyncapi.json")
                        .toFile())
                .path("components")
                .path("messages");
        assertThat(journey).allSatisfy(record -> {
            var properties =
                    contract.path(header(record, "ce_type")).path("payload").path("properties");
            assertThat(properties.isObject())
                    .as("%s is in the contract", header(record, "ce_type"))
                    .isTrue();
            assertThat(new io.vertx.core.json.JsonObject(record.value()).fieldNames())
                    .allMatch(properties::has);
        });

        var mail = KafkaTestClients.awaitNotification(participantId, "EMAIL_VERIFICATION");
        assertThat(mail.value())
                .contains(email)
                .doesNotContain(person.nik, person.kk, "Rahmawati", person.phone, person.account, "$2a$");

        var stored = pool.preparedQuery(
                        "select payload::text as payload from events" + " where stream_id = $1 or data_subject = $2")
                .execute(Tuple.of("participant-" + participantId, participantId))
                .await()
                .atMost(TIMEOUT);
        assertThat(stored.rowCount()).isGreaterThan(15);
        stored.forEach(row -> assertThat(row.getString("payload"))
                .doesNotContain(person.nik, person.kk, "Rahmawati", email, person.phone, person.account));

        var serviceLog = Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8);
        assertThat(serviceLog).contains(participantId.toString()).doesNotContain(personal);
    }

    @Test
    void anErasedParticipantReadsAsErasedEverywhereWhileTheMoneyTrailStaysAndTheNikCannotReturn() {
        var person = new Person();
        var participantId = paidOnce(person);
        var token = id.go.prakerja.testing.SignedIn.participantToken(participantId);

        given().post("/api/v1/participants/{id}/erasure-request", participantId)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "ERASE", "reason", "Permintaan peserta, UU PDP pasal 8"))
                .post("/api/v1/operator/participants/{id}/erasure", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"));

        Participants.awaitStatus(participantId, "ERASED");
        assertErased(participantId, token);
        Projections.rebuild("participant-overview");
        assertErased(participantId, token);

        var again = new Participants(pool);
        var profile = person.profile();
        var newcomer = again.registeredAndVerified();
        given().contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", newcomer)
                .then()
                .statusCode(422)
                .body("violations.rule", org.hamcrest.Matchers.hasItem("NIK_ALREADY_REGISTERED"));
    }

    private static void assertErased(UUID participantId, String token) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/participants/{id}/personal-data", participantId)
                .then()
                .statusCode(200)
                .body("erased", equalTo(true))
                .body("email", nullValue())
                .body("profile", nullValue())
                .body("payoutAccount", nullValue())
                .body("journey.find { it.type == 'incentive-paid.v1' }.data.amount", equalTo(600_000))
                .body("journey.find { it.type == 'participant-registered.v1' }.data.email", nullValue());
        given().header("Authorization", "Bearer " + id.go.prakerja.testing.SignedIn.adminToken())
                .get("/api/v1/participants/{id}", participantId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"))
                .body("email", nullValue())
                .body("fullName", nullValue());
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/participants/{id}/incentives", participantId)
                .then()
                .statusCode(200)
                .body("totalReceived", equalTo(600_000))
                .body("installments.status", equalTo(List.of("PAID", "CANCELLED", "CANCELLED", "CANCELLED")));
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/participants/{id}/purchases", participantId)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
    }

    /** Through the first incentive payment, with this person's NIK, KK, phone and account. */
    private UUID paidOnce(Person person) {
        var participantId = Journeys.scheduled(new Participants(pool), registry, person.profile(), person.account);
        disbursementJob.run().await().atMost(TIMEOUT);
        var request = partner.awaitRequests(participantId, 1).get(0);
        partner.paid(request.getString("disbursementId"));
        await().atMost(TIMEOUT).until(() -> "PAID".equals(Journeys.installmentStatus(participantId, 1)));
        return participantId;
    }

    /** The records of one key on a topic from its start, until one of type {@code lastType} has come. */
    private static List<ConsumerRecord<String, String>> records(String topic, String key, String lastType) {
        var records = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = KafkaTestClients.consumerFromStart(topic)) {
            await().atMost(TIMEOUT).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                }
                return records.stream().anyMatch(r -> lastType.equals(header(r, "ce_type")));
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Personal values no other test uses, so that finding one anywhere means this person's leaked. */
    private static final class Person {
        final Map<String, Object> profile = Participants.eligibleProfile();
        final String nik = (String) profile.get("nik");
        final String kk = (String) profile.get("kkNumber");
        final String phone = "+62812" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        final String account = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));

        Person() {
            profile.put("phone", phone);
        }

        Map<String, Object> profile() {
            return profile;
        }
    }
}
