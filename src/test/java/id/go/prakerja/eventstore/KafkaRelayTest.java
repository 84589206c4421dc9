package id.go.prakerja.eventstore;

import static id.go.prakerja.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KafkaRelayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String TOPIC = "prakerja.participant-events.v1";

    @Inject
    EventStore eventStore;

    @Test
    void everyEventReachesItsCategoryTopicOnceInStreamOrderAsACloudEvent() {
        var streams = List.of(TestEvents.stream("participant"), TestEvents.stream("participant"));
        var appended = new ArrayList<NewEvent>();
        for (int round = 0; round < 5; round++) {
            for (var stream : streams) {
                var batch = events(3, "relayed.v1");
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
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 15)
                            .boxed()
                            .toList());
        }
        var record = received.values().iterator().next();
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("relayed.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/prakerja-platform");
        assertThat(header(record, "ce_subject")).isEqualTo(record.key());
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(record.value()).contains("\"value\"");
    }

    @Test
    void appendsGoOnWhileKafkaIsAwayAndTheTopicGetsThemAllWhenItReturns() {
        var stream = TestEvents.stream("participant");
        var appended = new ArrayList<NewEvent>();
        RealInfrastructure.stopKafka();
        try {
            for (int i = 0; i < 4; i++) {
                var batch = events(5, "relayed-during-outage.v1");
                eventStore
                        .append(stream, ExpectedVersion.any(), batch, Instant.now())
                        .await()
                        .atMost(TIMEOUT);
                appended.addAll(batch);
            }
            assertThat(eventStore.readStream(stream).await().atMost(TIMEOUT)).hasSize(20);
        } finally {
            RealInfrastructure.startKafka();
        }

        var received = readUntil(Set.of(stream), appended.size());
        assertThat(received.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        appended.stream().map(e -> e.eventId().toString()).toList());
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
