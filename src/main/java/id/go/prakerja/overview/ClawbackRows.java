package id.go.prakerja.overview;

import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.List;

/** The {@code clawbacks} row of an event. */
final class ClawbackRows {

    private ClawbackRows() {}

    static List<Uni<?>> write(SqlConnection transaction, DecodedEvent decoded) {
        if (!(decoded.event() instanceof ClawbackRecorded clawback)) {
            return List.of();
        }
        return List.of(transaction
                .preparedQuery("insert into clawbacks (participant_id, amount, due_at, recorded_at)"
                        + " values ($1, $2, $3, $4) on conflict do nothing")
                .execute(Tuple.of(
                        decoded.participantId(),
                        clawback.amountReceived(),
                        clawback.dueAt().atOffset(ZoneOffset.UTC),
                        decoded.at())));
    }
}
