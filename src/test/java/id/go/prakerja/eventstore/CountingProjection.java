package id.go.prakerja.eventstore;

import id.go.prakerja.eventstore.subscription.Projection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test projection of the {@code counted} category that records every application, to expose any repeat. */
@ApplicationScoped
public class CountingProjection implements Projection {

    public static final String NAME = "test-counting";
    public static final String CATEGORY = "counted";

    private final AtomicInteger crashesLeft = new AtomicInteger();
    private final Set<String> refusedStreams = ConcurrentHashMap.newKeySet();

    /** The next {@code times} batches fail after writing their rows, as a process dying mid-transaction would. */
    public void crashNextBatches(int times) {
        crashesLeft.set(times);
    }

    /** Every batch with an event of {@code streamId} fails, as a handler with a defect would, until accepted again. */
    public void refuse(String streamId) {
        refusedStreams.add(streamId);
    }

    public void accept(String streamId) {
        refusedStreams.remove(streamId);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(CATEGORY);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        if (events.stream().anyMatch(event -> refusedStreams.contains(event.streamId()))) {
            return Uni.createFrom().failure(new IllegalStateException("a defect in the handler"));
        }
        var applications = events.stream()
                .map(e -> Tuple.of(e.eventId(), e.streamId(), e.streamVersion()))
                .toList();
        var counts = events.stream().map(e -> Tuple.of(e.streamId())).toList();
        return transaction
                .preparedQuery(
                        "insert into test_applied_events (event_id, stream_id, stream_version) values ($1, $2, $3)")
                .executeBatch(applications)
                .chain(() -> transaction
                        .preparedQuery("insert into test_stream_counts (stream_id, applied) values ($1, 1)"
                                + " on conflict (stream_id) do update set applied = test_stream_counts.applied + 1")
                        .executeBatch(counts))
                .chain(() -> crashesLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
                        ? Uni.createFrom().failure(new IllegalStateException("simulated crash mid-batch"))
                        : Uni.createFrom().voidItem());
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction
                .query("truncate test_applied_events, test_stream_counts")
                .execute()
                .replaceWithVoid();
    }
}
