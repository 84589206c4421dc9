package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.function.Function;

/**
 * A read model in PostgreSQL. Its changes and its checkpoint commit in one transaction, so each event is applied
 * exactly once, whatever crashes in between.
 */
public non-sealed interface Projection extends EventSubscriber {

    /** Applies a batch of events, in commit order, within {@code transaction}. */
    Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events);

    /** Applies {@code events} one after the other, for projections whose rows depend on the previous event. */
    static Uni<Void> oneByOne(List<RecordedEvent> events, Function<RecordedEvent, Uni<Void>> applyOne) {
        var applied = Uni.createFrom().voidItem();
        for (var event : events) {
            applied = applied.chain(() -> applyOne.apply(event));
        }
        return applied;
    }

    /** Empties the read model before a rebuild from the start of the log, within {@code transaction}. */
    Uni<Void> reset(SqlConnection transaction);
}
