package id.go.prakerja.overview;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The batch's recent status changes, announced with {@code pg_notify} at commit: what the status streams of every
 * instance push to their clients ({@link StatusBroadcast}).
 */
final class StatusAnnouncements {

    /** Status changes older than this are history being replayed (a rebuild, a catch-up), not news for a client. */
    private static final Duration LIVE = Duration.ofMinutes(1);

    private static final String NOTIFY = "select pg_notify($1, payload) from unnest($2::text[]) as payload";

    private StatusAnnouncements() {}

    static List<Uni<?>> write(
            SqlConnection transaction, List<DecodedEvent> events, Map<UUID, OverviewRow> rows, Instant now) {
        var liveSince = now.minus(LIVE);
        var announcements = events.stream()
                .filter(decoded -> decoded.recorded().recordedAt().isAfter(liveSince))
                .map(DecodedEvent::participantId)
                .distinct()
                .map(rows::get)
                .filter(row -> row.status != null)
                .map(row -> new JsonObject()
                        .put("participantId", row.participantId.toString())
                        .put("status", row.status.name())
                        .put("version", row.version)
                        .encode())
                .toArray(String[]::new);
        if (announcements.length == 0) {
            return List.of();
        }
        return List.of(transaction
                .preparedQuery(NOTIFY)
                .execute(Tuple.of(ParticipantOverviewProjection.STATUS_CHANNEL, announcements)));
    }
}
