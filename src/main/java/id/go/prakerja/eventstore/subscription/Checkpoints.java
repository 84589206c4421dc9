package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.LogPosition;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Durable positions of the subscriptions, in {@code subscription_checkpoints}. */
@ApplicationScoped
public class Checkpoints {

    /** A subscription's stored position and when it last moved. */
    public record Checkpoint(String name, LogPosition position, Instant updatedAt, String stoppedReason) {}

    private static final String CREATE =
            "insert into subscription_checkpoints (subscription_name) values ($1) on conflict do nothing";
    private static final String SELECT = "select subscription_name, transaction_id::text as transaction_xid,"
            + " global_position, updated_at, stopped_reason from subscription_checkpoints";
    private static final String ADVANCE = "update subscription_checkpoints"
            + " set transaction_id = $4::text::xid8, global_position = $5, updated_at = now(), stopped_reason = null"
            + " where subscription_name = $1 and transaction_id = $2::text::xid8 and global_position = $3";
    private static final String LOCK = "select 1 from subscription_checkpoints where subscription_name = $1 for update";
    private static final String RESET = "update subscription_checkpoints"
            + " set transaction_id = '0'::xid8, global_position = 0, updated_at = now(), stopped_reason = null,"
            + " rebuild_until = (select coalesce(max(global_position), 0) from events) where subscription_name = $1";
    private static final String REBUILD_UNTIL =
            "select rebuild_until from subscription_checkpoints where subscription_name = $1";
    private static final String STOPPED =
            "update subscription_checkpoints set stopped_reason = $2 where subscription_name = $1";

    private final Pool pool;

    public Checkpoints(Pool pool) {
        this.pool = pool;
    }

    public Uni<LogPosition> load(String name) {
        return pool.preparedQuery(CREATE)
                .execute(Tuple.of(name))
                .chain(() -> pool.preparedQuery(SELECT + " where subscription_name = $1")
                        .execute(Tuple.of(name)))
                .map(rows -> toCheckpoint(rows.iterator().next()).position());
    }

    public Uni<List<Checkpoint>> all() {
        return pool.query(SELECT + " order by subscription_name").execute().map(rows -> {
            var checkpoints = new ArrayList<Checkpoint>();
            rows.forEach(row -> checkpoints.add(toCheckpoint(row)));
            return checkpoints;
        });
    }

    /** Moves the checkpoint from {@code from} to {@code to}, or fails with {@link CheckpointMoved}. */
    public Uni<Void> advance(SqlClient client, String name, LogPosition from, LogPosition to) {
        return client.preparedQuery(ADVANCE)
                .execute(Tuple.of(
                        name,
                        Long.toUnsignedString(from.transactionId()),
                        from.globalPosition(),
                        Long.toUnsignedString(to.transactionId()),
                        to.globalPosition()))
                .chain(rows -> rows.rowCount() == 1
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new CheckpointMoved(name)));
    }

    /**
     * Sets the checkpoint back to the start within {@code client}'s transaction, after waiting for any batch that
     * is committing it.
     */
    public Uni<Void> reset(SqlClient client, String name) {
        return client.preparedQuery(CREATE)
                .execute(Tuple.of(name))
                .chain(() -> client.preparedQuery(LOCK).execute(Tuple.of(name)))
                .chain(() -> client.preparedQuery(RESET).execute(Tuple.of(name)))
                .replaceWithVoid();
    }

    /** The last position of the log when the subscription's latest rebuild started; 0 if it never was rebuilt. */
    Uni<Long> rebuildUntil(String name) {
        return pool.preparedQuery(REBUILD_UNTIL)
                .execute(Tuple.of(name))
                .map(rows -> rows.iterator().next().getLong("rebuild_until"));
    }

    /** Says why the subscription cannot move on, until its next batch is stored. */
    Uni<Void> stopped(String name, String reason) {
        return pool.preparedQuery(STOPPED).execute(Tuple.of(name, reason)).replaceWithVoid();
    }

    private static Checkpoint toCheckpoint(Row row) {
        return new Checkpoint(
                row.getString("subscription_name"),
                new LogPosition(
                        Long.parseUnsignedLong(row.getString("transaction_xid")), row.getLong("global_position")),
                row.getOffsetDateTime("updated_at").toInstant(),
                row.getString("stopped_reason"));
    }
}
