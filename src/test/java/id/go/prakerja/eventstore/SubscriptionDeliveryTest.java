package id.go.prakerja.eventstore;

import static id.go.prakerja.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.eventstore.subscription.Checkpoints;
import id.go.prakerja.eventstore.subscription.Subscriptions;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SubscriptionDeliveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EventStore eventStore;

    @Inject
    Pool pool;

    @Inject
    RecordingConsumer recorder;

    @Inject
    Checkpoints checkpoints;

    @Inject
    Subscriptions subscriptions;

    @Test
    void anEventWhoseTransactionCommitsLateIsDeliveredOnceAndNoneIsSkipped() {
        var prefix = "late" + UUID.randomUUID().toString().replace("-", "") + "-";
        var lateStream = prefix + "held";
        var connection = pool.getConnection().await().atMost(TIMEOUT);
        var transaction = connection.begin().await().atMost(TIMEOUT);
        try {
            // Takes its position first, then stays uncommitted while later transactions commit.
            eventStore
                    .append(connection, lateStream, ExpectedVersion.noStream(), events(1, "held.v1"), Instant.now())
                    .await()
                    .atMost(TIMEOUT);
            for (int i = 0; i < 5; i++) {
                eventStore
                        .append(prefix + i, ExpectedVersion.noStream(), events(3, "quick.v1"), Instant.now())
                        .await()
                        .atMost(TIMEOUT);
            }
            await().during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> recorder.deliveredFor(prefix).isEmpty());

            transaction.commit().await().atMost(TIMEOUT);
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }

        await().atMost(TIMEOUT).until(() -> recorder.deliveredFor(prefix).size() >= 16);
        var delivered = recorder.deliveredFor(prefix);
        assertThat(delivered).hasSize(16);
        assertThat(delivered).extracting(RecordedEvent::eventId).doesNotHaveDuplicates();
        assertThat(delivered.get(0).streamId()).isEqualTo(lateStream);
        assertThat(delivered).extracting(RecordedEvent::logPosition).isSorted();
    }

    @Test
    void streamsStayInVersionOrderUnderConcurrentAppends() {
        var prefix = "order" + UUID.randomUUID().toString().replace("-", "") + "-";
        var streams = List.of(prefix + "a", prefix + "b", prefix + "c");
        var appends = new java.util.ArrayList<java.util.concurrent.CompletableFuture<AppendResult>>();
        for (int round = 0; round < 10; round++) {
            for (var stream : streams) {
                appends.add(eventStore
                        .append(stream, ExpectedVersion.any(), events(2, "quick.v1"), Instant.now())
                        .subscribeAsCompletionStage());
            }
        }
        appends.forEach(java.util.concurrent.CompletableFuture::join);

        await().atMost(TIMEOUT).until(() -> recorder.deliveredFor(prefix).size() == 60);
        for (var stream : streams) {
            assertThat(recorder.deliveredFor(stream))
                    .extracting(RecordedEvent::streamVersion)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20)
                            .boxed()
                            .toList());
        }
    }

    @Test
    void aSubscriberThatOnlyPassesEventsOverStillStoresItsCheckpointPastThem() {
        var prefix = "passed" + UUID.randomUUID().toString().replace("-", "") + "-";
        eventStore
                .append(prefix + "a", ExpectedVersion.noStream(), events(3, "passed.v1"), Instant.now())
                .await()
                .atMost(TIMEOUT);
        var last = pool.preparedQuery("select transaction_id::text as xid, global_position from events"
                        + " where stream_id = $1 order by stream_version desc limit 1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(prefix + "a"))
                .map(rows -> rows.iterator().next())
                .map(row ->
                        new LogPosition(Long.parseUnsignedLong(row.getString("xid")), row.getLong("global_position")))
                .await()
                .atMost(TIMEOUT);

        // The console log handles only notifications: it passes these three over without a batch of its own.
        await().atMost(TIMEOUT)
                .until(() -> checkpoints.all().await().atMost(TIMEOUT).stream()
                        .filter(checkpoint -> checkpoint.name().equals("notification-console-log"))
                        .anyMatch(checkpoint -> checkpoint.position().compareTo(last) >= 0));
    }

    @Test
    void aSubscriberThatReadEverythingHasNoLagEvenBelowTheHighestPosition() {
        var prefix = "lag" + UUID.randomUUID().toString().replace("-", "") + "-";
        var connection = pool.getConnection().await().atMost(TIMEOUT);
        var transaction = connection.begin().await().atMost(TIMEOUT);
        try {
            // The first transaction takes its id, a second one takes the next id and a position, then the first
            // takes the highest position: in commit order the log ends below the highest position.
            eventStore
                    .append(
                            connection,
                            prefix + "first",
                            ExpectedVersion.noStream(),
                            events(1, "lag.v1"),
                            Instant.now())
                    .await()
                    .atMost(TIMEOUT);
            eventStore
                    .append(prefix + "second", ExpectedVersion.noStream(), events(1, "lag.v1"), Instant.now())
                    .await()
                    .atMost(TIMEOUT);
            eventStore
                    .append(
                            connection,
                            prefix + "first",
                            ExpectedVersion.exactly(1),
                            events(1, "lag.v1"),
                            Instant.now())
                    .await()
                    .atMost(TIMEOUT);
            transaction.commit().await().atMost(TIMEOUT);
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }

        await().atMost(TIMEOUT).until(() -> recorder.deliveredFor(prefix).size() == 3);
        await().atMost(TIMEOUT)
                .until(() -> subscriptions.status().await().atMost(TIMEOUT).stream()
                        .anyMatch(status -> status.name().equals("test-recorder") && status.lag() == 0));
    }
}
