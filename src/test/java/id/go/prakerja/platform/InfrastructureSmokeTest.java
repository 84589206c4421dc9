package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class InfrastructureSmokeTest {

    @Inject
    Pool pool;

    @Inject
    KafkaTopicsConfig topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void readinessIncludesDatabaseAndKafka() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().when()
                        .get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UP"))
                        .body(
                                "checks.name",
                                org.hamcrest.Matchers.hasItems(
                                        "Reactive PostgreSQL connections health check",
                                        "Kafka topics",
                                        "Subscriptions")));
    }

    @Test
    void apiDocumentationAndMetricsAreServed() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void migrationsRanAndTheServiceWritesToPostgres() {
        var streamId = "smoke-" + UUID.randomUUID();
        var written = pool.preparedQuery(
                        "insert into events (stream_id, stream_version, event_id, event_type, payload, metadata, recorded_at)"
                                + " values ($1, 1, $2, 'smoke-written.v1', '{}'::jsonb, '{}'::jsonb, now())"
                                + " returning transaction_id::text")
                .execute(Tuple.of(streamId, UUID.randomUUID()))
                .await()
                .atMost(Duration.ofSeconds(10));
        assertThat(written.rowCount()).isEqualTo(1);

        var readBack = pool.preparedQuery("select event_type from events where stream_id = $1")
                .execute(Tuple.of(streamId))
                .await()
                .atMost(Duration.ofSeconds(10));
        assertThat(readBack.iterator().next().getString("event_type")).isEqualTo("smoke-written.v1");
    }

    @Test
    void theServiceCreatedItsTopics() {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(admin.listTopics().names().get()).containsAll(topics.topics()));
        }
    }

    @Test
    void aMessageRoundTripsThroughTheBroker() {
        var topic = "smoke-" + UUID.randomUUID();
        var payload = "round-trip-" + UUID.randomUUID();
        try (var producer = KafkaTestClients.producer()) {
            producer.send(new ProducerRecord<>(topic, "key", payload));
            producer.flush();
        }
        try (var consumer = KafkaTestClients.consumerFromStart(topic)) {
            List<String> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
                return received.contains(payload);
            });
        }
    }
}
