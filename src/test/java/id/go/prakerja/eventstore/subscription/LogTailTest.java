package id.go.prakerja.eventstore.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStoreConfig;
import id.go.prakerja.eventstore.LogPosition;
import id.go.prakerja.eventstore.RecordedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LogTailTest {

    private static final LogPosition HORIZON = new LogPosition(900, 40);

    @Test
    void beforeItsFirstReadTheTailSendsEveryoneToTheLog() {
        var tail = tail(100);

        assertThat(tail.after(HORIZON, 10)).isNull();
        assertThat(tail.covers(HORIZON)).isFalse();
    }

    @Test
    void aFollowerAtOrAfterTheStartGetsTheEventsAfterItsPositionInCommitOrder() {
        var tail = tail(100);
        tail.begin(HORIZON);
        // Transaction 1000 sorts after 999 and its event 41 after 42: commit order, not position order.
        var read = List.of(event(950, 44), event(999, 42), event(1000, 41), event(1000, 45), event(1001, 43));
        tail.extend(HORIZON, read);

        assertThat(tail.after(HORIZON, 3)).containsExactlyElementsOf(read.subList(0, 3));
        assertThat(tail.after(read.get(2).logPosition(), 10)).containsExactlyElementsOf(read.subList(3, 5));
        assertThat(tail.after(read.get(4).logPosition(), 10)).isEmpty();
        assertThat(tail.after(new LogPosition(1500, 90), 10)).isEmpty();
    }

    @Test
    void aSubscriberBehindTheStartReadsTheLogItself() {
        var tail = tail(100);
        tail.begin(HORIZON);
        tail.extend(HORIZON, List.of(event(950, 44)));

        assertThat(tail.after(new LogPosition(899, 39), 10)).isNull();
        assertThat(tail.covers(new LogPosition(899, 39))).isFalse();
    }

    @Test
    void aBatchThatDoesNotContinueTheStretchIsDropped() {
        var tail = tail(100);
        tail.begin(HORIZON);
        var first = event(950, 44);
        tail.extend(HORIZON, List.of(first));

        tail.extend(HORIZON, List.of(event(951, 46)));

        assertThat(tail.after(HORIZON, 10)).containsExactly(first);
    }

    @Test
    void theOldestEventsMakeWayAndTheStartMovesPastThem() {
        var tail = tail(4);
        tail.begin(HORIZON);
        var read = LongStream.rangeClosed(1, 6)
                .mapToObj(i -> event(950 + i, 50 + i))
                .toList();
        tail.extend(HORIZON, read);

        assertThat(tail.after(HORIZON, 10)).isNull();
        assertThat(tail.after(read.get(0).logPosition(), 10)).isNull();
        assertThat(tail.after(read.get(1).logPosition(), 10)).containsExactlyElementsOf(read.subList(2, 6));
    }

    private static LogTail tail(int size) {
        return new LogTail(null, null, new Sized(size), () -> {});
    }

    private static RecordedEvent event(long transactionId, long globalPosition) {
        return new RecordedEvent(
                globalPosition,
                "test-" + globalPosition,
                1,
                UUID.randomUUID(),
                "tested.v1",
                "{}",
                EventMetadata.of("correlation", null, "test"),
                transactionId,
                Instant.EPOCH,
                null,
                null);
    }

    private record Sized(int tailSize) implements EventStoreConfig.Subscriptions {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public int batchSize() {
            return 500;
        }

        @Override
        public int catchUpBatchSize() {
            return 2000;
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Duration notificationLinger() {
            return Duration.ZERO;
        }

        @Override
        public Duration horizonRetry() {
            return Duration.ofMillis(10);
        }

        @Override
        public Duration leaseRetry() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration failureBackoff() {
            return Duration.ofMillis(100);
        }

        @Override
        public Duration maxFailureBackoff() {
            return Duration.ofSeconds(10);
        }

        @Override
        public int parkAfter() {
            return 3;
        }

        @Override
        public Duration shutdownGrace() {
            return Duration.ofSeconds(1);
        }

        @Override
        public java.util.Optional<String> instanceName() {
            return java.util.Optional.empty();
        }
    }
}
