package id.go.prakerja.overview;

import static id.go.prakerja.overview.UnnestArguments.column;

import id.go.prakerja.overview.UnnestArguments.Column;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The {@code participant_timeline} rows of a batch, one per event, in one insert. */
final class TimelineRows {

    /**
     * A plain insert: the checkpoint moves in the batch's transaction only from where the batch started, so an event
     * reaches the timeline once, and a second row for a version would be a defect worth stopping for. With
     * {@code on conflict do nothing} each row cost a speculative insertion, 10.4 instead of 6.7 ms per 2 000 rows
     * (BENCHMARKS.md), the largest statement of a rebuild.
     */
    private static final String INSERT = "insert into participant_timeline (participant_id, version, event_type,"
            + " occurred_at, summary_id, summary_en) select * from unnest($1::uuid[], $2::bigint[], $3::text[],"
            + " $4::timestamptz[], $5::text[], $6::text[])";

    /** An event with its summaries, worked out once for both languages. */
    private record TimelineRow(DecodedEvent decoded, TimelineSummaries.Summary summary) {}

    private static final List<Column<TimelineRow>> COLUMNS = List.of(
            column(UUID.class, row -> row.decoded().participantId()),
            column(Long.class, row -> row.decoded().recorded().streamVersion()),
            column(String.class, row -> row.decoded().recorded().type()),
            column(OffsetDateTime.class, row -> row.decoded().at()),
            column(String.class, row -> row.summary().indonesian()),
            column(String.class, row -> row.summary().english()));

    private TimelineRows() {}

    static Uni<?> write(SqlConnection transaction, List<DecodedEvent> events) {
        var rows = events.stream()
                .map(decoded -> new TimelineRow(decoded, TimelineSummaries.of(decoded.event())))
                .toList();
        return transaction.preparedQuery(INSERT).execute(UnnestArguments.of(rows, COLUMNS));
    }
}
