package id.go.prakerja.eventstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** With tracing on, one trace runs from the HTTP request through the append to the relayed Kafka record. */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TracingTest {

    /** Tracing as one setting turns it on; nothing is exported in the test. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void theRelayedRecordContinuesTheTraceOfTheRequestThatAppendedItsEvent() {
        var traceId = HexFormat.of().formatHex(randomBytes(16));
        var participantId = UUID.fromString(given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .body(Participants.registration(Participants.uniqueEmail(), "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("participantId"));

        var stored = pool.preparedQuery("select metadata->>'traceparent' as traceparent from events"
                        + " where stream_id = $1 and event_type = 'participant-registered.v1'")
                .execute(Tuple.of("participant-" + participantId))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getString("traceparent");
        assertThat(stored).startsWith("00-" + traceId + "-");

        var record = new AtomicReference<ConsumerRecord<String, String>>();
        try (var consumer = KafkaTestClients.consumerFromStart("prakerja.participant-events.v1")) {
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received -> {
                    if (("participant-" + participantId).equals(received.key())) {
                        record.set(received);
                    }
                });
                return record.get() != null;
            });
        }
        assertThat(header(record.get(), "ce_traceparent")).isEqualTo(stored);
        assertThat(header(record.get(), "traceparent")).startsWith("00-" + traceId + "-");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int length) {
        var bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
