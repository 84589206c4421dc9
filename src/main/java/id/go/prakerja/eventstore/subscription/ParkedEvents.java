package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The events each subscription parked ({@code parked_events}), and the operators' requests to retry or skip them. */
@ApplicationScoped
public class ParkedEvents {

    /** One parked event as an operator sees it. */
    public record Parked(
            long globalPosition,
            String streamId,
            UUID eventId,
            String type,
            String reason,
            int attempts,
            Instant parkedAt,
            String requested,
            String resolution,
            String skipReason,
            Instant resolvedAt) {}

    /** A stream whose parked events an operator asked to retry, or to skip the first of and retry the rest. */
    record Request(String subscription, String streamId, boolean skipFirst) {}

    private static final int MAX_REASON = 500;
    private static final String PARK = "insert into parked_events (subscription_name, global_position, stream_id,"
            + " event_id, event_type, reason, parked_at) values ($1, $2, $3, $4, $5, $6, $7)"
            + " on conflict (subscription_name, global_position) do update"
            + " set reason = excluded.reason, attempts = parked_events.attempts + 1, requested = null,"
            + " resolution = null, resolved_at = null";
    private static final String OPEN_STREAMS =
            "select distinct stream_id from parked_events where subscription_name = $1 and resolution is null";
    private static final String COLUMNS = "global_position, stream_id, event_id, event_type, reason, attempts,"
            + " parked_at, requested, resolution, skip_reason, resolved_at";
    private static final String LIST = "select " + COLUMNS + " from parked_events where subscription_name = $1"
            + " and (resolution is null or $2) order by global_position desc limit $3";
    private static final String OPEN_OF_STREAM = "select " + COLUMNS + " from parked_events"
            + " where subscription_name = $1 and stream_id = $2 and resolution is null order by global_position";
    private static final String REQUEST = "update parked_events set requested = $3, requested_by = $4, skip_reason = $5"
            + " where subscription_name = $1 and stream_id = $2 and resolution is null";
    private static final String REQUESTED = "select subscription_name, stream_id, bool_or(requested = 'SKIP') as skip"
            + " from parked_events where requested is not null and resolution is null"
            + " group by subscription_name, stream_id";
    private static final String RESOLVE = "update parked_events set resolution = $3, resolved_at = $4,"
            + " requested = null, skip_reason = case when $3 = 'SKIPPED' then skip_reason end"
            + " where subscription_name = $1 and global_position = $2 and resolution is null";
    private static final String RETRY_FAILED = "update parked_events set reason = $3, attempts = attempts + 1,"
            + " requested = null where subscription_name = $1 and global_position = $2";
    private static final String CLAIM = "update parked_events set requested = null"
            + " where subscription_name = $1 and stream_id = $2 and resolution is null and requested is not null"
            + " returning requested";
    private static final String REBUILT = "update parked_events set resolution = 'REBUILT', resolved_at = $2,"
            + " requested = null where subscription_name = $1 and resolution is null";
    private static final String OPEN_COUNTS = "select subscription_name, count(*) as parked from parked_events"
            + " where resolution is null group by subscription_name";

    private final Pool pool;

    public ParkedEvents(Pool pool) {
        this.pool = pool;
    }

    Uni<Void> park(SqlClient client, String subscription, RecordedEvent event, String reason, Instant now) {
        return client.preparedQuery(PARK)
                .execute(Tuple.tuple()
                        .addString(subscription)
                        .addLong(event.globalPosition())
                        .addString(event.streamId())
                        .addUUID(event.eventId())
                        .addString(event.type())
                        .addString(shortened(reason))
                        .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** The streams of {@code subscription} with events parked and not yet resolved. */
    Uni<Set<String>> openStreams(String subscription) {
        return pool.preparedQuery(OPEN_STREAMS).execute(Tuple.of(subscription)).map(rows -> {
            var streams = new HashSet<String>();
            rows.forEach(row -> streams.add(row.getString("stream_id")));
            return streams;
        });
    }

    /** The newest parked events of {@code subscription}, the resolved ones too when {@code withResolved}. */
    public Uni<List<Parked>> list(String subscription, boolean withResolved, int limit) {
        return pool.preparedQuery(LIST)
                .execute(Tuple.of(subscription, withResolved, limit))
                .map(ParkedEvents::toParked);
    }

    Uni<List<Parked>> openOfStream(SqlClient client, String subscription, String streamId) {
        return client.preparedQuery(OPEN_OF_STREAM)
                .execute(Tuple.of(subscription, streamId))
                .map(ParkedEvents::toParked);
    }

    /**
     * Asks the instance running {@code subscription} to retry the stream's parked events, skipping the first with
     * {@code skipReason} when one is given; answers whether the stream has any.
     */
    public Uni<Boolean> request(String subscription, String streamId, String actor, String skipReason) {
        var tuple = Tuple.tuple()
                .addString(subscription)
                .addString(streamId)
                .addString(skipReason == null ? "RETRY" : "SKIP")
                .addString(actor)
                .addString(skipReason);
        return pool.preparedQuery(REQUEST).execute(tuple).map(rows -> rows.rowCount() > 0);
    }

    Uni<List<Request>> requested() {
        return pool.query(REQUESTED).execute().map(rows -> {
            var requests = new ArrayList<Request>();
            rows.forEach(row -> requests.add(new Request(
                    row.getString("subscription_name"), row.getString("stream_id"), row.getBoolean("skip"))));
            return requests;
        });
    }

    /**
     * Closes a parked event, within the transaction that applied it; fails, and so rolls that back, when someone else
     * closed it first (another instance's retry, a rebuild), so that it is applied once.
     */
    Uni<Void> resolve(SqlClient client, String subscription, long position, String resolution, Instant now) {
        return client.preparedQuery(RESOLVE)
                .execute(Tuple.of(subscription, position, resolution, now.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.rowCount() == 1
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new CheckpointMoved(subscription)));
    }

    Uni<Void> retryFailed(String subscription, long position, String reason) {
        return pool.preparedQuery(RETRY_FAILED)
                .execute(Tuple.of(subscription, position, shortened(reason)))
                .replaceWithVoid();
    }

    /**
     * Takes the operators' requests for a stream, so that each is carried out once however often it is handed out:
     * empty when there is none (any more), true when one asks to skip.
     */
    Uni<java.util.Optional<Boolean>> claim(String subscription, String streamId) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(subscription, streamId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        return java.util.Optional.empty();
                    }
                    var skip = false;
                    for (var row : rows) {
                        skip |= "SKIP".equals(row.getString("requested"));
                    }
                    return java.util.Optional.of(skip);
                });
    }

    /** Closes what {@code subscription} parked, within a rebuild's transaction: the replay meets those events again. */
    Uni<Void> rebuilt(SqlClient client, String subscription, Instant now) {
        return client.preparedQuery(REBUILT)
                .execute(Tuple.of(subscription, now.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** How many events each subscription has parked and not resolved; subscriptions with none are left out. */
    public Uni<Map<String, Long>> openCounts() {
        return pool.query(OPEN_COUNTS).execute().map(rows -> {
            var counts = new TreeMap<String, Long>();
            rows.forEach(row -> counts.put(row.getString("subscription_name"), row.getLong("parked")));
            return counts;
        });
    }

    /** A failure's message, kept short: it is shown to operators in lists. */
    private static String shortened(String reason) {
        var text = reason == null ? "" : reason;
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }

    private static List<Parked> toParked(RowSet<Row> rows) {
        var parked = new ArrayList<Parked>(rows.rowCount());
        for (var row : rows) {
            parked.add(new Parked(
                    row.getLong("global_position"),
                    row.getString("stream_id"),
                    row.getUUID("event_id"),
                    row.getString("event_type"),
                    row.getString("reason"),
                    row.getInteger("attempts"),
                    row.getOffsetDateTime("parked_at").toInstant(),
                    row.getString("requested"),
                    row.getString("resolution"),
                    row.getString("skip_reason"),
                    row.getOffsetDateTime("resolved_at") == null
                            ? null
                            : row.getOffsetDateTime("resolved_at").toInstant()));
        }
        return parked;
    }
}
