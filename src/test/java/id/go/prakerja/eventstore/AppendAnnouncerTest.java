package id.go.prakerja.eventstore;

import static id.go.prakerja.eventstore.TestEvents.events;
import static id.go.prakerja.eventstore.TestEvents.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AppendAnnouncerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    DataKeys dataKeys;

    @Inject
    Vertx vertx;

    @Inject
    EventStoreConfig config;

    @Inject
    DedicatedSessions sessions;

    @Inject
    EventStore eventStore;

    @Test
    void anAppendIsAnnouncedOnceItsTransactionCommitsAndNotWhenItRollsBack() {
        var commits = new AtomicInteger();
        var store = new EventStore(pool, commits::incrementAndGet, dataKeys);

        var connection = pool.getConnection().await().atMost(TIMEOUT);
        try {
            var abandoned = connection.begin().await().atMost(TIMEOUT);
            store.append(
                            connection,
                            stream("announced"),
                            ExpectedVersion.noStream(),
                            events(1, "rolled-back.v1"),
                            now())
                    .await()
                    .atMost(TIMEOUT);
            abandoned.rollback().await().atMost(TIMEOUT);
            // The store's own completion handler was registered first, so it has run by the time this one does.
            assertThatThrownBy(() -> abandoned.completion().await().atMost(TIMEOUT))
                    .isNotNull();
            assertThat(commits).hasValue(0);
        } finally {
            connection.close().await().atMost(TIMEOUT);
        }

        pool.withTransaction(transaction -> store.append(
                        transaction, stream("announced"), ExpectedVersion.noStream(), events(2, "committed.v1"), now()))
                .await()
                .atMost(TIMEOUT);
        await().atMost(TIMEOUT).until(() -> commits.get() == 1);
    }

    @Test
    void anAppendOutsideATransactionIsRefusedBeforeItWritesAnything() {
        var store = new EventStore(pool, () -> {}, dataKeys);
        var streamId = stream("untransacted");

        assertThatThrownBy(() -> pool.withConnection(connection -> store.append(
                                connection, streamId, ExpectedVersion.noStream(), events(1, "refused.v1"), now()))
                        .await()
                        .atMost(TIMEOUT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.readStream(streamId).await().atMost(TIMEOUT)).isEmpty();
    }

    @Test
    void anotherInstanceHearsThisOnesAppendsAndEachHearsItsOwn() {
        var otherInstance = new AppendAnnouncer(pool, vertx, config, sessions);
        var heardByOther = new AtomicInteger();
        var otherListening = new AtomicBoolean();
        otherInstance.listen(heardByOther::incrementAndGet, () -> otherListening.set(true));
        try {
            await().atMost(TIMEOUT).untilTrue(otherListening);

            eventStore
                    .append(stream("heard"), ExpectedVersion.noStream(), events(1, "heard.v1"), now())
                    .await()
                    .atMost(TIMEOUT);
            await().atMost(TIMEOUT).until(() -> heardByOther.get() >= 1);

            int before = heardByOther.get();
            otherInstance.committed();
            await().atMost(TIMEOUT).until(() -> heardByOther.get() > before);
        } finally {
            otherInstance.onStop(null);
        }
    }

    private static Instant now() {
        return Instant.now();
    }
}
