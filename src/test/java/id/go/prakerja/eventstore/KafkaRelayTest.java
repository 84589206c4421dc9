package id.go.prakerja.eventstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.go.prakerja.eventstore.relay.Publication;
import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KafkaRelayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);
    private static final String TOPIC = "prakerja.participant-events.v1";

    @Inject
    EventStore eventStore;

    @Inject
    Instance<Publication> publications;

    @Test
    void everyPublishedEventReachesItsCategoryTopicOnceInStreamOrderAsAnIntegrationCloudEvent() {
        var streams = List.of(TestEvents.stream("participant"), TestEvents.stream("participant"));
        var appended = new ArrayList<NewEvent>();
        for (var stream : streams) {
            var registration = List.of(registration(stream, "urutan@example.test"));
            eventStore
                    .append(stream, ExpectedVersion.noStream(), registration, Instant.now())
                    .await()
                    .atMost(TIMEOUT);
            appended.addAll(registration);
        }
        for (int round = 0; round < 5; round++) {
            for (var stream : streams) {
                var batch = emailVerifications(3);
                eventStore
                        .append(stream, ExpectedVersion.any(), batch, Instant.now())
                        .await()
                        .atMost(TIMEOUT);
                appended.addAll(batch);
            }
        }

        var received = readUntil(Set.copyOf(streams), appended.size());

        assertThat(received.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        appended.stream().map(e -> e.eventId().toString()).toList());
        for (var stream : streams) {
            var versions = received.values().stream()
                    .filter(r -> r.key().equals(stream))
                    .map(r -> Long.parseLong(header(r, "ce_sequence")))
                    .toList();
            assertThat(versions)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 16)
                            .boxed()
                            .toList());
        }
        var record = received.values().stream()
                .filter(r -> "2".equals(header(r, "ce_sequence")))
                .findFirst()
                .orElseThrow();
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("prakerja.participant.email-verified.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/prakerja-platform");
        assertThat(header(record, "ce_subject")).isEqualTo(record.key());
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(new JsonObject(record.value()).fieldNames())
                .containsExactlyInAnyOrder("participantId", "verifiedAt");
        assertThat(new JsonObject(record.value()).getString("participantId")).isEqualTo(StreamIds.id(record.key()));
    }

    @Test
    void secretsStayInsideAndOnlyTheIntegrationRecordLeaves() {
        var stream = TestEvents.stream("participant");
        var passwordChanged = new NewEvent(
                UUID.randomUUID(),
                "password-changed.v1",
                new JsonObject()
                        .put("passwordHash", "$2a$12$anothersecretanothersecretanothersecretanothersecr")
                        .put("changedAt", "2026-12-01T02:00:00Z")
                        .encode(),
                EventMetadata.of(UUID.randomUUID().toString(), null, "test"));

        var received = relayedAfter(stream, "rahasia@example.test", passwordChanged);

        assertThat(received)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly("prakerja.participant.registered.v1", "prakerja.participant.email-verified.v1");
        assertThat(received.get(0).value())
                .isEqualTo(new JsonObject()
                        .put("participantId", StreamIds.id(stream))
                        .put("registeredAt", "2026-12-01T01:00:00Z")
                        .encode());
    }

    @Test
    void anEventWhosePersonalDataReadsAsErasedIsPassedOverAndTheRelayGoesOn() {
        var stream = TestEvents.stream("participant");
        var erasedAccount = new NewEvent(
                UUID.randomUUID(),
                "payout-account-set.v1",
                new JsonObject()
                        .putNull("account")
                        .put("setAt", "2026-12-01T03:00:00Z")
                        .encode(),
                EventMetadata.of(UUID.randomUUID().toString(), null, "test"));

        var received = relayedAfter(stream, "terhapus@example.test", erasedAccount);

        assertThat(received)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly("prakerja.participant.registered.v1", "prakerja.participant.email-verified.v1");
    }

    /**
     * Appends a registration, {@code event} and an e-mail verification to a new stream: what the topic got of it. The
     * verification comes last in the stream's partition: once it is in, nothing else of the stream will be.
     */
    private List<ConsumerRecord<String, String>> relayedAfter(String stream, String email, NewEvent event) {
        var marker = emailVerifications(1);
        eventStore
                .append(stream, ExpectedVersion.noStream(), List.of(registration(stream, email), event), Instant.now())
                .chain(() -> eventStore.append(stream, ExpectedVersion.any(), marker, Instant.now()))
                .await()
                .atMost(TIMEOUT);
        return readUntilEvent(stream, marker.get(0).eventId().toString());
    }

    @Test
    void everyStoredTypeIsEitherPublishedOrListedAsKeptInside() {
        var published = new TreeMap<String, Set<String>>();
        var keptInside = new TreeMap<String, Set<String>>();
        for (var publication : publications) {
            published.put(publication.category(), new TreeSet<>(publication.storedTypes()));
            keptInside.put(publication.category(), publication.unpublishedTypes());
        }

        assertThat(keptInside)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "participant",
                        Set.of(
                                "email-verification-issued.v1",
                                "password-reset-issued.v1",
                                "password-changed.v1",
                                "purchase-deadline-reminded.v1",
                                "training-progress-recorded.v1",
                                "privacy-notice-accepted.v1",
                                "erasure-requested.v1",
                                "erasure-declined.v1"),
                        "batch",
                        Set.of("batch-application-received.v1"),
                        "training",
                        Set.of(),
                        "notification",
                        Set.of()));
        assertThat(published.get("participant"))
                .hasSize(30)
                .contains("participant-registered.v1", "personal-data-erased.v1");
        assertThat(published.keySet()).doesNotContain("operator");
    }

    @Test
    void appendsGoOnWhileKafkaIsAwayAndTheTopicGetsThemAllWhenItReturns() {
        var stream = TestEvents.stream("participant");
        var appended = new ArrayList<NewEvent>(List.of(registration(stream, "putus@example.test")));
        eventStore
                .append(stream, ExpectedVersion.noStream(), appended, Instant.now())
                .await()
                .atMost(TIMEOUT);
        RealInfrastructure.stopKafka();
        try {
            for (int i = 0; i < 4; i++) {
                var batch = emailVerifications(5);
                eventStore
                        .append(stream, ExpectedVersion.any(), batch, Instant.now())
                        .await()
                        .atMost(TIMEOUT);
                appended.addAll(batch);
            }
            assertThat(eventStore.readStream(stream).await().atMost(TIMEOUT)).hasSize(21);
            await().atMost(TIMEOUT)
                    .untilAsserted(() -> given().get("/q/health/ready")
                            .then()
                            .statusCode(200)
                            .body("checks.find { it.name == 'Subscriptions' }.data.'kafka-relay'", startsWith("lag ")));
            // Ready, and behind, for as long as the broker is away.
            await().during(KAFKA_OUTAGE)
                    .atMost(KAFKA_OUTAGE.plus(TIMEOUT))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> given().get("/q/health/ready")
                            .then()
                            .statusCode(200)
                            .body(
                                    "checks.find { it.name == 'Subscriptions' }.data.'kafka-relay'",
                                    not(startsWith("lag 0,"))));
        } finally {
            RealInfrastructure.startKafka();
        }

        var received = readUntil(Set.of(stream), appended.size());
        assertThat(received.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        appended.stream().map(e -> e.eventId().toString()).toList());
    }

    private static NewEvent registration(String stream, String email) {
        return new NewEvent(
                UUID.randomUUID(),
                "participant-registered.v1",
                new JsonObject()
                        .put("participantId", StreamIds.id(stream))
                        .put("email", email)
                        .put("passwordHash", "$2a$12$secretsecretsecretsecretsecretsecretsecretsecretsecre")
                        .put("registeredAt", "2026-12-01T01:00:00Z")
                        .encode(),
                EventMetadata.of(UUID.randomUUID().toString(), null, "test"));
    }

    private static List<NewEvent> emailVerifications(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new NewEvent(
                        UUID.randomUUID(),
                        "email-verified.v1",
                        new JsonObject()
                                .put(
                                        "verifiedAt",
                                        Instant.parse("2026-12-01T00:00:00Z")
                                                .plusSeconds(i)
                                                .toString())
                                .encode(),
                        EventMetadata.of(UUID.randomUUID().toString(), null, "test")))
                .toList();
    }

    /** Reads the topic from the start until the event {@code lastEventId} of {@code stream}: its records in order. */
    private List<ConsumerRecord<String, String>> readUntilEvent(String stream, String lastEventId) {
        var records = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = KafkaTestClients.consumerFromStart(TOPIC)) {
            await().atMost(TIMEOUT).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.key().equals(stream)) {
                        records.add(record);
                    }
                }
                return records.stream().anyMatch(r -> lastEventId.equals(header(r, "ce_id")));
            });
        }
        return records;
    }

    /** Reads the topic from the start, keeping the first record of each event id of the given streams. */
    private Map<String, ConsumerRecord<String, String>> readUntil(Set<String> streams, int expected) {
        var firstByEventId = new LinkedHashMap<String, ConsumerRecord<String, String>>();
        try (var consumer = KafkaTestClients.consumerFromStart(TOPIC)) {
            await().atMost(TIMEOUT).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    if (streams.contains(record.key())) {
                        firstByEventId.putIfAbsent(header(record, "ce_id"), record);
                    }
                }
                return firstByEventId.size() >= expected;
            });
        }
        return firstByEventId;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
