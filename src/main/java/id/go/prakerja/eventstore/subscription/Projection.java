package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * A read model in PostgreSQL. Its changes and its checkpoint commit in one transaction, so each event is applied
 * exactly once, whatever crashes in between.
 */
public non-sealed interface Projection extends EventSubscriber {

    /** Applies a batch of events, in commit order, within {@code transaction}. */
    Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events);

    /** Empties the read model before a rebuild from the start of the log, within {@code transaction}. */
    Uni<Void> reset(SqlConnection transaction);
}
