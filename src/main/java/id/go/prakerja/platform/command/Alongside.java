package id.go.prakerja.platform.command;

import id.go.prakerja.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes that decided events call for (a notification, a uniqueness reservation, a voucher), in the append's
 * transaction. They are sent behind the append without waiting for it, so that all take one round trip, and commit
 * or roll back with the events.
 */
@FunctionalInterface
public interface Alongside<E, S> {

    List<Uni<?>> writes(SqlConnection transaction, Outcome<E, S> outcome, EventMetadata metadata);

    static <E, S> Alongside<E, S> nothing() {
        return (transaction, outcome, metadata) -> List.of();
    }

    default Alongside<E, S> and(Alongside<E, S> other) {
        return (transaction, outcome, metadata) -> {
            var writes = new ArrayList<Uni<?>>(writes(transaction, outcome, metadata));
            writes.addAll(other.writes(transaction, outcome, metadata));
            return writes;
        };
    }
}
