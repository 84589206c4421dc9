package id.go.prakerja.eventstore.subscription;

import static id.go.prakerja.eventstore.TestEvents.events;
import static id.go.prakerja.eventstore.TestEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboundReadinessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EventStore eventStore;

    @Inject
    Subscriptions subscriptions;

    @Inject
    OutboundReadiness applicationReadiness;

    @Test
    void aLogConsumerDeliversNothingUntilItsOutboundIsReadyThenEverything() {
        var streamId = stream("outbound");
        var delivered = new CopyOnWriteArrayList<RecordedEvent>();
        var consumer = new LogConsumer() {
            private final String name = "outbound-test-" + UUID.randomUUID();

            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean handles(RecordedEvent event) {
                return event.streamId().equals(streamId);
            }

            @Override
            public Uni<Void> consume(List<RecordedEvent> events) {
                delivered.addAll(events);
                return Uni.createFrom().voidItem();
            }
        };
        var outboundReady = new AtomicBoolean();
        var runner = subscriptions.runnerFor(consumer, outboundReady::get);
        eventStore
                .append(streamId, ExpectedVersion.noStream(), events(3, "outbound-waited.v1"), Instant.now())
                .await()
                .atMost(TIMEOUT);
        runner.start();
        try {
            await().during(Duration.ofSeconds(2)).atMost(TIMEOUT).untilAsserted(() -> {
                runner.wake();
                assertThat(delivered).isEmpty();
            });

            outboundReady.set(true);
            await().atMost(TIMEOUT).untilAsserted(() -> {
                runner.wake();
                assertThat(delivered).extracting(RecordedEvent::streamVersion).containsExactly(1L, 2L, 3L);
            });
        } finally {
            runner.stop();
        }
    }

    @Test
    void theApplicationCountsItsKafkaTopicsAsTheOutboundOnceTheyAreProvisioned() {
        await().atMost(TIMEOUT).until(applicationReadiness::ready);
    }
}
