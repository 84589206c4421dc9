package id.go.prakerja.eventstore;

import static id.go.prakerja.eventstore.TestEvents.events;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import id.go.prakerja.eventstore.subscription.Subscriptions;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ProjectionCheckpointTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    EventStore eventStore;

    @Inject
    Pool pool;

    @Inject
    CountingProjection projection;

    @Inject
    Subscriptions subscriptions;

    @Test
    void aProjectionThatCrashesAndIsStoppedMidStreamAppliesEveryEventExactlyOnce() {
        projection.crashNextBatches(2);
        var streams = appendToNewStreams(6, 40);

        await().atMost(TIMEOUT).until(() -> appliedCount(streams) > 0);
        subscriptions.stop(CountingProjection.NAME);
        streams.addAll(appendToNewStreams(3, 40));
        subscriptions.start(CountingProjection.NAME);

        await().atMost(TIMEOUT).until(() -> appliedCount(streams) >= streams.size() * 40L);
        assertExactlyOnce(streams, 40);
    }

    @Test
    void aRebuiltProjectionEqualsTheIncrementallyBuiltOne() {
        var streams = appendToNewStreams(4, 25);
        await().atMost(TIMEOUT).until(() -> appliedCount(streams) == streams.size() * 25L);
        var incremental = projectionRows();

        given().when()
                .post("/api/v1/operator/projections/{name}/rebuild", CountingProjection.NAME)
                .then()
                .statusCode(202);

        await().atMost(TIMEOUT).until(() -> projectionRows().equals(incremental));
        assertExactlyOnce(streams, 25);
        given().when()
                .get("/api/v1/operator/projections")
                .then()
                .statusCode(200)
                .body("name", hasItem(CountingProjection.NAME))
                .body(
                        "find { it.name == '" + CountingProjection.NAME + "' }.runningHere",
                        org.hamcrest.Matchers.is(true));
    }

    @Test
    void aRebuildStopsAtAnEventItCannotHandleAndSaysWhyInsteadOfSkippingIt() {
        var streams = appendToNewStreams(3, 5);
        await().atMost(TIMEOUT).until(() -> appliedCount(streams) == streams.size() * 5L);
        var refused = streams.get(1);
        projection.refuse(refused);
        try {
            given().post("/api/v1/operator/projections/{name}/rebuild", CountingProjection.NAME)
                    .then()
                    .statusCode(202);

            await().atMost(TIMEOUT).until(() -> String.valueOf(stoppedReason()).contains(refused));
            assertThat(stoppedReason()).startsWith("Rebuild stopped at event").contains("IllegalStateException");
            given().get("/api/v1/operator/projections/{name}/parked", CountingProjection.NAME)
                    .then()
                    .statusCode(200)
                    .body("streamId", org.hamcrest.Matchers.not(hasItem(refused)));
        } finally {
            projection.accept(refused);
        }

        await().atMost(TIMEOUT).until(() -> appliedCount(streams) == streams.size() * 5L && stoppedReason() == null);
        assertExactlyOnce(streams, 5);
    }

    @Test
    void rebuildingAnUnknownProjectionIsNotFound() {
        given().when()
                .post("/api/v1/operator/projections/{name}/rebuild", "no-such-projection")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static String stoppedReason() {
        return given().get("/api/v1/operator/projections")
                .then()
                .extract()
                .path("find { it.name == '" + CountingProjection.NAME + "' }.stoppedReason");
    }

    private List<String> appendToNewStreams(int count, int eventsPerStream) {
        var streams = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var stream = TestEvents.stream(CountingProjection.CATEGORY);
            for (int batch = 0; batch < eventsPerStream / 5; batch++) {
                eventStore
                        .append(stream, ExpectedVersion.any(), events(5, "counted.v1"), Instant.now())
                        .await()
                        .atMost(TIMEOUT);
            }
            streams.add(stream);
        }
        return streams;
    }

    private long appliedCount(List<String> streams) {
        return pool.preparedQuery("select count(*) as applied from test_applied_events where stream_id = any($1)")
                .execute(Tuple.of(streams.toArray(String[]::new)))
                .await()
                .atMost(TIMEOUT)
                .iterator()
                .next()
                .getLong("applied");
    }

    private List<String> projectionRows() {
        var rows = new ArrayList<String>();
        pool.query("select stream_id, applied from test_stream_counts order by stream_id")
                .execute()
                .await()
                .atMost(TIMEOUT)
                .forEach(row -> rows.add(row.getString("stream_id") + "=" + row.getLong("applied")));
        return rows;
    }

    private void assertExactlyOnce(List<String> streams, int eventsPerStream) {
        var arguments = Tuple.of(streams.toArray(String[]::new));
        var duplicates = pool.preparedQuery("select event_id from test_applied_events where stream_id = any($1)"
                        + " group by event_id having count(*) > 1")
                .execute(arguments)
                .await()
                .atMost(TIMEOUT);
        assertThat(duplicates.rowCount()).as("events applied twice").isZero();
        var counts = pool.preparedQuery("select applied from test_stream_counts where stream_id = any($1)")
                .execute(arguments)
                .await()
                .atMost(TIMEOUT);
        assertThat(counts.rowCount()).isEqualTo(streams.size());
        counts.forEach(row -> assertThat(row.getLong("applied")).isEqualTo(eventsPerStream));
    }
}
