package id.go.prakerja.eventstore;

import static id.go.prakerja.eventstore.TestEvents.event;
import static id.go.prakerja.eventstore.TestEvents.events;
import static id.go.prakerja.eventstore.TestEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.Concurrently;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EventStoreAppendTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EventStore eventStore;

    @Inject
    Pool pool;

    @Test
    void appendsAndReadsAStreamInVersionOrderWithEveryAttribute() {
        var streamId = stream("order");
        var first = event("thing-happened.v1", "a");
        var result = append(streamId, ExpectedVersion.noStream(), List.of(first, event("thing-happened.v1", "b")));
        assertThat(result.streamVersion()).isEqualTo(2);

        append(streamId, ExpectedVersion.exactly(2), List.of(event("thing-happened.v1", "c")));

        var read = eventStore.readStream(streamId).await().atMost(TIMEOUT);
        assertThat(read).extracting(RecordedEvent::streamVersion).containsExactly(1L, 2L, 3L);
        assertThat(read).extracting(e -> e.payloadJson().getString("value")).containsExactly("a", "b", "c");
        var stored = read.get(0);
        assertThat(stored.eventId()).isEqualTo(first.eventId());
        assertThat(stored.type()).isEqualTo("thing-happened.v1");
        assertThat(stored.metadata()).isEqualTo(first.metadata());
        assertThat(stored.transactionId()).isPositive();
        assertThat(stored.globalPosition()).isEqualTo(result.lastGlobalPosition() - 1);
        assertThat(read.get(0).transactionId()).isEqualTo(read.get(1).transactionId());
    }

    @Test
    void rejectsAWrongExpectationWithoutWritingAnything() {
        var streamId = stream("order");
        append(streamId, ExpectedVersion.noStream(), events(2, "thing-happened.v1"));

        assertThatThrownBy(() -> append(streamId, ExpectedVersion.noStream(), events(1, "thing-happened.v1")))
                .isInstanceOfSatisfying(
                        WrongExpectedVersion.class, e -> assertThat(e.actual()).isEqualTo(2));
        assertThatThrownBy(() -> append(streamId, ExpectedVersion.exactly(1), events(3, "thing-happened.v1")))
                .isInstanceOf(WrongExpectedVersion.class);
        assertThatThrownBy(() -> append(streamId, ExpectedVersion.exactly(5), events(1, "thing-happened.v1")))
                .isInstanceOf(WrongExpectedVersion.class);

        assertThat(eventStore.readStream(streamId).await().atMost(TIMEOUT)).hasSize(2);
        assertThat(append(streamId, ExpectedVersion.any(), events(1, "thing-happened.v1"))
                        .streamVersion())
                .isEqualTo(3);
    }

    @Test
    void sixteenConcurrentWritersWithTheSameExpectationHaveExactlyOneWinner() {
        var streamId = stream("order");
        append(streamId, ExpectedVersion.noStream(), events(1, "thing-happened.v1"));

        var attempts = IntStream.range(0, 16)
                .mapToObj(writer -> eventStore
                        .append(streamId, ExpectedVersion.exactly(1), events(2, "thing-happened.v1"), Instant.now())
                        .map(result -> (Object) result)
                        .onFailure()
                        .recoverWithItem(failure -> failure)
                        .subscribeAsCompletionStage())
                .toList();
        var outcomes = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes).filteredOn(AppendResult.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof AppendResult))
                .hasSize(15)
                .allSatisfy(o -> assertThat(o).isInstanceOf(WrongExpectedVersion.class));
        assertThat(eventStore.readStream(streamId).await().atMost(TIMEOUT))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void sixteenWritersRetryingOnConflictLoseNothingAndWriteNoVersionTwice() {
        var streamId = stream("order");
        int writers = 16;
        int eventsPerWriter = 5;
        var conflicts = new AtomicInteger();
        // Released at one instant: writers started one after another may each finish before the next reads.
        Concurrently.run(writers, id -> {
            for (int i = 0; i < eventsPerWriter; i++) {
                appendWithRetry(streamId, event("thing-happened.v1", "w" + id + "-" + i), conflicts);
            }
            return id;
        });

        var read = eventStore.readStream(streamId).await().atMost(TIMEOUT);
        assertThat(read).hasSize(writers * eventsPerWriter);
        assertThat(read)
                .extracting(RecordedEvent::streamVersion)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, writers * eventsPerWriter)
                        .mapToObj(Long::valueOf)
                        .toList());
        assertThat(read).extracting(e -> e.payloadJson().getString("value")).doesNotHaveDuplicates();
        assertThat(conflicts.get()).as("writers really competed").isPositive();
    }

    /**
     * Transaction ids gain a digit now and then (999 → 1000); paging the log must follow their numeric order across
     * that step, or a subscription skips whatever sorts behind it.
     */
    @Test
    void pagingTheLogAcrossATransactionIdThatGainsADigitReadsEveryEventOnceInCommitOrder() {
        var before = append(stream("digits"), ExpectedVersion.noStream(), events(3, "thing-happened.v1"));
        long xid = currentTransactionId();
        long nextPowerOfTen = (long) Math.pow(10, String.valueOf(xid).length());
        burnTransactionIds(nextPowerOfTen - xid + 1);
        var after = append(stream("digits"), ExpectedVersion.noStream(), events(3, "thing-happened.v1"));
        assertThat(currentTransactionId()).isGreaterThan(nextPowerOfTen);

        var start = new LogPosition(0, 0);
        var expected = pool.query("select global_position from events order by transaction_id, global_position")
                .execute()
                .await()
                .atMost(TIMEOUT);
        var paged = new ArrayList<Long>();
        var position = start;
        while (true) {
            var page = eventStore.readLog(position, 7).await().atMost(TIMEOUT);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(event -> paged.add(event.globalPosition()));
            position = page.get(page.size() - 1).logPosition();
        }

        var inCommitOrder = new ArrayList<Long>();
        expected.forEach(row -> inCommitOrder.add(row.getLong(0)));
        assertThat(paged).containsSubsequence(before.lastGlobalPosition(), after.lastGlobalPosition());
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(inCommitOrder.subList(0, paged.size()));
    }

    @Test
    void aLogReaderNamingItsPayloadTypesGetsTheOtherEventsWithoutTheirPayloads() {
        var streamId = stream("payloads");
        var from = eventStore.horizon().await().atMost(TIMEOUT);
        append(streamId, ExpectedVersion.noStream(), List.of(event("wanted.v1", "a"), event("passed-over.v1", "b")));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            var read =
                    eventStore.readLog(from, 10_000, Optional.of(Set.of("wanted.v1"))).await().atMost(TIMEOUT).stream()
                            .filter(event -> event.streamId().equals(streamId))
                            .toList();
            assertThat(read).extracting(RecordedEvent::type).containsExactly("wanted.v1", "passed-over.v1");
            assertThat(read.get(0).payloadJson().getString("value")).isEqualTo("a");
            assertThat(read.get(1).payload()).isNull();
            assertThat(read.get(1).metadata().actor()).isEqualTo("test");
        });
    }

    private long currentTransactionId() {
        return Long.parseLong(pool.query("select pg_current_xact_id()::text as xid")
                .execute()
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getString("xid"));
    }

    /**
     * The append's lock and its insert go to PostgreSQL in one round trip: the insert's read of the stream's version
     * must still come after the lock is granted, or a writer that waited for another would read the version before it
     * and fail on the unique version.
     */
    @Test
    void anAppendThatWaitedForTheStreamsLockReadsTheVersionItsHolderCommitted() throws Exception {
        var streamId = stream("order");
        append(streamId, ExpectedVersion.noStream(), events(1, "thing-happened.v1"));
        var holder = pool.getConnection().await().atMost(TIMEOUT);
        try {
            var holding = holder.begin().await().atMost(TIMEOUT);
            eventStore
                    .append(holder, streamId, ExpectedVersion.exactly(1), events(1, "thing-happened.v1"), Instant.now())
                    .await()
                    .atMost(TIMEOUT);
            var waiting = eventStore
                    .append(streamId, ExpectedVersion.any(), events(1, "thing-happened.v1"), Instant.now())
                    .subscribeAsCompletionStage();
            await().atMost(TIMEOUT)
                    .until(() -> pool.query("select 1 from pg_stat_activity"
                                            + " where wait_event_type = 'Lock' and wait_event = 'advisory'"
                                            + " and query like '%pg_advisory_xact_lock%'")
                                    .execute()
                                    .await()
                                    .atMost(TIMEOUT)
                                    .rowCount()
                            > 0);
            holding.commit().await().atMost(TIMEOUT);

            assertThat(waiting.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).streamVersion())
                    .isEqualTo(3);
        } finally {
            holder.close().await().atMost(TIMEOUT);
        }
        assertThat(eventStore.readStream(streamId).await().atMost(TIMEOUT))
                .extracting(RecordedEvent::streamVersion)
                .containsExactly(1L, 2L, 3L);
    }

    /**
     * Each statement outside a transaction that asks for its id uses one up; pipelined, thousands take seconds. In
     * rounds that stay within the pool's queue of waiting requests.
     */
    private void burnTransactionIds(long count) {
        for (long burnt = 0; burnt < count; burnt += 1000) {
            var burns = new ArrayList<CompletableFuture<?>>();
            for (long i = burnt; i < Math.min(count, burnt + 1000); i++) {
                burns.add(pool.query("select pg_current_xact_id()").execute().subscribeAsCompletionStage());
            }
            CompletableFuture.allOf(burns.toArray(CompletableFuture[]::new)).join();
        }
    }

    private void appendWithRetry(String streamId, NewEvent event, AtomicInteger conflicts) {
        while (true) {
            long version = eventStore.streamVersion(pool, streamId).await().atMost(TIMEOUT);
            try {
                append(streamId, ExpectedVersion.exactly(version), List.of(event));
                return;
            } catch (WrongExpectedVersion conflict) {
                conflicts.incrementAndGet();
            }
        }
    }

    private AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events) {
        return eventStore
                .append(streamId, expected, events, Instant.now())
                .await()
                .atMost(TIMEOUT);
    }
}
