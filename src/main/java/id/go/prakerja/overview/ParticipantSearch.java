package id.go.prakerja.overview;

import id.go.prakerja.platform.privacy.LookupDigests;
import id.go.prakerja.platform.problem.InvalidParameter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Finds participants for the desk by one key: an e-mail address or a NIK through its keyed digest (neither is stored
 * in clear to be compared), or a card number. An erased participant's e-mail digest is gone, so an address finds
 * nobody once erased; the NIK's digest stays, as one participation per NIK does.
 */
@ApplicationScoped
public class ParticipantSearch {

    private static final String COLUMNS =
            "select o.participant_id, o.status, o.card_number, o.batch_id, o.registered_at from participant_overview o";

    @Schema(description = "Exactly one key")
    public record Key(
            @Size(max = 254) @Schema(examples = "siti@example.id")
            String email,

            @Size(max = 40) @Schema(examples = "5200000000000001", description = "Spaces and dashes are ignored")
            String cardNumber,

            @Size(max = 40) @Schema(examples = "3201010101900001", description = "Spaces and dashes are ignored")
            String nik) {}

    public record Match(UUID participantId, String status, String cardNumber, UUID batchId, Instant registeredAt) {}

    private final Pool pool;
    private final LookupDigests digests;

    public ParticipantSearch(Pool pool, LookupDigests digests) {
        this.pool = pool;
        this.digests = digests;
    }

    /** A number as read out over the telephone or copied from a card: its spaces and dashes are not part of it. */
    private static String digits(String number) {
        return number.replaceAll("[\\s-]", "");
    }

    public Uni<List<Match>> find(Key key) {
        var given = Stream.of(key.email(), key.cardNumber(), key.nik())
                .filter(value -> value != null && !value.isBlank())
                .count();
        if (given != 1) {
            return Uni.createFrom().failure(new InvalidParameter("key", "one-key"));
        }
        String sql;
        String value;
        if (key.email() != null && !key.email().isBlank()) {
            sql = COLUMNS + " join participant_email_digests d using (participant_id) where d.digest = $1";
            value = digests.email(key.email());
        } else if (key.nik() != null && !key.nik().isBlank()) {
            sql = COLUMNS + " join participant_nik_digests d using (participant_id) where d.digest = $1";
            value = digests.nik(digits(key.nik()));
        } else {
            sql = COLUMNS + " where o.card_number = $1";
            value = digits(key.cardNumber());
        }
        return pool.preparedQuery(sql).execute(Tuple.of(value)).map(rows -> {
            var matches = new ArrayList<Match>();
            rows.forEach(row -> matches.add(new Match(
                    row.getUUID("participant_id"),
                    row.getString("status"),
                    row.getString("card_number"),
                    row.getUUID("batch_id"),
                    row.getOffsetDateTime("registered_at").toInstant())));
            return matches;
        });
    }
}
