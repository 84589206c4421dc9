package id.go.prakerja.overview;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A participant's row of the status projection, as the status and balance queries read it and as
 * {@code GET /participants/{id}} returns it; written by {@link ParticipantOverviewProjection} only.
 */
public record ParticipantOverview(
        UUID participantId,
        String status,
        String email,
        String fullName,
        UUID batchId,
        String cardNumber,
        String scheme,
        long balance,
        Instant purchaseDeadline,
        Instant registeredAt,
        long version) {

    static final String COLUMNS = "participant_id, status, email, full_name, batch_id, card_number, scheme, balance,"
            + " purchase_deadline, registered_at, version";

    static ParticipantOverview from(Row row) {
        return new ParticipantOverview(
                row.getUUID("participant_id"),
                row.getString("status"),
                row.getString("email"),
                row.getString("full_name"),
                row.getUUID("batch_id"),
                row.getString("card_number"),
                row.getString("scheme"),
                row.getLong("balance"),
                instant(row.getOffsetDateTime("purchase_deadline")),
                instant(row.getOffsetDateTime("registered_at")),
                row.getLong("version"));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
