package id.go.prakerja.eventstore;

import id.go.prakerja.eventstore.personal.DataKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The append-only event log in PostgreSQL.
 *
 * <p>An append to a stream that may exist first takes a transaction-scoped advisory lock on the stream, then inserts
 * all its events in one statement that checks the expected version. The lock serialises writers of one stream, and
 * because it is taken before the transaction's first write, the transaction ids of a stream's writers are ordered as
 * their commits: the log read in (transaction id, position) order therefore keeps every stream in version order. An
 * append must be the first write of its transaction for that to hold. The first append of a new stream needs no lock:
 * nothing was written before it, and a second writer of the same new stream conflicts on the unique version. Once the
 * transaction commits, the append is announced to the log's readers ({@link AppendAnnouncer}).
 */
@ApplicationScoped
public class EventStore {

    private static final String LOCK_STREAM = "select pg_advisory_xact_lock(hashtextextended($1, 0))";

    private static final String APPEND = """
            insert into events (stream_id, stream_version, event_id, event_type, payload, metadata, recorded_at,
                                data_subject)
            select $1, current_stream.version + e.ordinal, e.event_id, e.event_type, e.payload::jsonb,
                   e.metadata::jsonb, $6, e.data_subject
            from (select coalesce(max(stream_version), 0) as version from events where stream_id = $1) current_stream,
                 unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $8::uuid[])
                     with ordinality as e(event_id, event_type, payload, metadata, data_subject, ordinal)
            where $7::bigint is null or current_stream.version = $7
            returning global_position, stream_version""";

    private static final String HEAD_COLUMNS = "global_position, stream_id, stream_version, event_id, event_type";

    private static final String TAIL_COLUMNS = "metadata->>'correlationId' as correlation_id,"
            + " metadata->>'traceparent' as traceparent,"
            + " metadata->>'causationId' as causation_id, metadata->>'actor' as actor,"
            + " transaction_id::text as transaction_xid, recorded_at, data_subject";

    /**
     * The payload as text, decoded by whoever handles the event; of the metadata only the fields readers use, so that no
     * reader builds a JSON tree per event.
     */
    private static final String COLUMNS = HEAD_COLUMNS + ", payload::text as payload, " + TAIL_COLUMNS;

    private static final String READ_STREAM =
            "select " + COLUMNS + " from events where stream_id = $1 and stream_version >= $2 order by stream_version";

    private static final String READ_POSITIONS =
            "select " + COLUMNS + " from events where global_position = any($1) order by global_position";

    private static final String STREAM_VERSION =
            "select coalesce(max(stream_version), 0) as version from events where stream_id = $1";

    /**
     * Only transactions older than the oldest one still running are final; everything above that horizon waits. The
     * order is on the xid8 column itself: ordered as text, "1000" would come before "999" and a page would skip.
     */
    private static final String READ_LOG = "select " + HEAD_COLUMNS + ","
            + " case when $4::text[] is null or event_type = any($4::text[]) then payload::text end as payload, "
            + TAIL_COLUMNS + " from events"
            + " where (transaction_id, global_position) > ($1::text::xid8, $2)"
            + " and transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " order by events.transaction_id, events.global_position limit $3";

    /**
     * Written as an ordered probe of one row so that it walks the commit-order index: as {@code exists(...)} the
     * planner chose a scan from the start of the table, ~90 ms per call at 200 000 events, and it runs after every
     * empty poll of every subscription.
     */
    private static final String HAS_EVENTS_AFTER = "select global_position from events"
            + " where (transaction_id, global_position) > ($1::text::xid8, $2)"
            + " order by events.transaction_id, events.global_position limit 1";

    /** The last event below the horizon: a reader starting here has every final event behind it. */
    private static final String HORIZON = "select " + COLUMNS + " from events"
            + " where transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " order by events.transaction_id desc, events.global_position desc limit 1";

    private static final String HEAD = "select coalesce(max(global_position), 0) as head from events";

    private static final String UNIQUE_VIOLATION = "23505";

    private final Pool pool;
    private final Runnable afterCommit;
    private final SubjectKeys keys;

    @Inject
    public EventStore(Pool pool, AppendAnnouncer announcer, DataKeys dataKeys) {
        this(pool, announcer::committed, dataKeys);
    }

    /** For a writer outside the service, such as a bulk load, with its own way of telling readers (or none). */
    public EventStore(Pool pool, Runnable afterCommit, DataKeys dataKeys) {
        this.pool = pool;
        this.afterCommit = afterCommit;
        this.keys = new SubjectKeys(dataKeys);
    }

    /** Appends in a transaction of its own. */
    public Uni<AppendResult> append(String streamId, ExpectedVersion expected, List<NewEvent> events, Instant now) {
        return pool.withTransaction(connection -> append(connection, streamId, expected, events, now));
    }

    /**
     * Appends within the caller's transaction, so that other writes (a uniqueness reservation, an idempotency
     * record) commit or fail with the events. It must be the transaction's first write.
     */
    public Uni<AppendResult> append(
            SqlConnection transaction, String streamId, ExpectedVersion expected, List<NewEvent> events, Instant now) {
        if (events.isEmpty()) {
            return streamVersion(transaction, streamId).map(version -> new AppendResult(version, 0));
        }
        var current = transaction.transaction();
        if (current == null) {
            return Uni.createFrom()
                    .failure(new IllegalStateException("An append needs a transaction: its lock ends with it"));
        }
        var eventIds = new UUID[events.size()];
        var types = new String[events.size()];
        var payloads = new String[events.size()];
        var metadata = new String[events.size()];
        var subjects = new UUID[events.size()];
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            eventIds[i] = event.eventId();
            types[i] = event.type();
            payloads[i] = event.payload();
            metadata[i] = Json.encode(event.metadata());
            subjects[i] = event.dataSubject();
        }
        var arguments = Tuple.tuple()
                .addString(streamId)
                .addArrayOfUUID(eventIds)
                .addArrayOfString(types)
                .addArrayOfString(payloads)
                .addArrayOfString(metadata)
                .addOffsetDateTime(now.atOffset(ZoneOffset.UTC))
                .addLong(expected.version())
                .addArrayOfUUID(subjects);
        var insert = transaction.preparedQuery(APPEND).execute(arguments);
        // A new stream has no earlier writer to be ordered after: a second one conflicts on the unique version.
        var locked = expected.isNoStream()
                ? insert
                // Both statements are pipelined: one round trip, and the insert's snapshot is taken after the lock.
                : Uni.combine()
                        .all()
                        .unis(transaction.preparedQuery(LOCK_STREAM).execute(Tuple.of(streamId)), insert)
                        .with((lock, inserted) -> inserted);
        return locked.onFailure(EventStore::isVersionConflict)
                .recoverWithUni(() -> Uni.createFrom().item((RowSet<Row>) null))
                .chain(inserted -> inserted != null && inserted.rowCount() == events.size()
                        ? Uni.createFrom().item(lastOf(inserted))
                        : conflict(streamId, expected))
                .invoke(() -> current.getDelegate().completion().onSuccess(committed -> afterCommit.run()));
    }

    /**
     * Serialises the writers of a busy stream: taken before reading it, the read sees the latest version and the
     * append that follows in the same transaction cannot conflict. Like an append, it must come before the
     * transaction's first write.
     */
    public Uni<Void> lockStream(SqlConnection transaction, String streamId) {
        return transaction
                .preparedQuery(LOCK_STREAM)
                .execute(Tuple.of(streamId))
                .replaceWithVoid();
    }

    public Uni<List<RecordedEvent>> readStream(String streamId) {
        return readStream(pool, streamId, 1);
    }

    /** Reads a stream from {@code fromVersion} on, in version order. */
    public Uni<List<RecordedEvent>> readStream(SqlClient client, String streamId, long fromVersion) {
        return client.preparedQuery(READ_STREAM)
                .execute(Tuple.of(streamId, fromVersion))
                .map(RecordedEvents::of)
                .chain(events -> withKeys(client, events));
    }

    /** Reads the events at {@code positions}, in the order of their positions, with their keys. */
    public Uni<List<RecordedEvent>> readEvents(SqlClient client, List<Long> positions) {
        return client.preparedQuery(READ_POSITIONS)
                .execute(Tuple.of(positions.toArray(Long[]::new)))
                .map(RecordedEvents::of)
                .chain(events -> withKeys(client, events));
    }

    /** Reads up to {@code limit} events after {@code after} in commit order, never past a running transaction. */
    public Uni<List<RecordedEvent>> readLog(LogPosition after, int limit) {
        return readLog(after, limit, Optional.empty());
    }

    /**
     * As {@link #readLog(LogPosition, int)}, with the payloads of the {@code payloadTypes} only (all when empty): the
     * other events come without theirs, for a reader that only passes them over.
     */
    public Uni<List<RecordedEvent>> readLog(LogPosition after, int limit, Optional<Set<String>> payloadTypes) {
        var types = payloadTypes.map(named -> named.toArray(String[]::new)).orElse(null);
        return pool.preparedQuery(READ_LOG)
                .execute(Tuple.tuple()
                        .addString(Long.toUnsignedString(after.transactionId()))
                        .addLong(after.globalPosition())
                        .addInteger(limit)
                        .addArrayOfString(types))
                .map(RecordedEvents::of);
    }

    /**
     * Gives each event whose payload was read and holds personal data its data subject's key. Events of the log come
     * without: a subscriber's events get theirs once it has picked the ones it handles, so that no subscriber opens
     * keys for events it passes over.
     */
    public Uni<List<RecordedEvent>> withKeys(SqlClient client, List<RecordedEvent> events) {
        return keys.attach(client, events);
    }

    /** Whether anything at all, committed or not yet readable, lies after {@code after}. */
    public Uni<Boolean> hasEventsAfter(LogPosition after) {
        return pool.preparedQuery(HAS_EVENTS_AFTER)
                .execute(Tuple.of(Long.toUnsignedString(after.transactionId()), after.globalPosition()))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Where the log's final part ends now: every event up to it is committed and none can come before it. */
    public Uni<LogPosition> horizon() {
        return pool.query(HORIZON).execute().map(rows -> {
            var last = RecordedEvents.of(rows);
            return last.isEmpty() ? LogPosition.START : last.get(0).logPosition();
        });
    }

    /** The highest global position handed out so far. */
    public Uni<Long> headPosition() {
        return pool.query(HEAD).execute().map(rows -> rows.iterator().next().getLong("head"));
    }

    public Uni<Long> streamVersion(SqlClient client, String streamId) {
        return client.preparedQuery(STREAM_VERSION)
                .execute(Tuple.of(streamId))
                .map(rows -> rows.iterator().next().getLong("version"));
    }

    private Uni<AppendResult> conflict(String streamId, ExpectedVersion expected) {
        // The failed transaction may be unusable, so the actual version is read outside it.
        return streamVersion(pool, streamId)
                .chain(actual -> Uni.createFrom().failure(new WrongExpectedVersion(streamId, expected, actual)));
    }

    private static boolean isVersionConflict(Throwable failure) {
        return failure instanceof PgException pg
                && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && "events_stream_version_unique".equals(pg.getConstraint());
    }

    private static AppendResult lastOf(RowSet<Row> inserted) {
        long version = 0;
        long position = 0;
        for (var row : inserted) {
            version = Math.max(version, row.getLong("stream_version"));
            position = Math.max(position, row.getLong("global_position"));
        }
        return new AppendResult(version, position);
    }
}
