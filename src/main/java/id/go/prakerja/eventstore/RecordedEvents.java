package id.go.prakerja.eventstore;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;

/** The events of rows read with {@link EventStore}'s columns, the payload left as text and no key yet. */
final class RecordedEvents {

    private RecordedEvents() {}

    static List<RecordedEvent> of(RowSet<Row> rows) {
        var events = new ArrayList<RecordedEvent>(rows.rowCount());
        for (var row : rows) {
            events.add(new RecordedEvent(
                    row.getLong("global_position"),
                    row.getString("stream_id"),
                    row.getLong("stream_version"),
                    row.getUUID("event_id"),
                    row.getString("event_type"),
                    row.getString("payload"),
                    EventMetadata.of(
                                    row.getString("correlation_id"),
                                    row.getString("causation_id"),
                                    row.getString("actor"))
                            .withTraceparent(row.getString("traceparent")),
                    Long.parseUnsignedLong(row.getString("transaction_xid")),
                    row.getOffsetDateTime("recorded_at").toInstant(),
                    row.getUUID("data_subject"),
                    null));
        }
        return events;
    }
}
