package id.go.prakerja.audit;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Projection;
import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audit trail: one row per event an operator's command appended, from the event's metadata alone (no payload is
 * read, so no personal data is copied). Nothing else writes the table, and the API only reads it.
 */
@ApplicationScoped
public class AuditProjection implements Projection {

    static final String OPERATOR_ACTOR = "operator:";

    private static final String INSERT = "insert into operator_audit (global_position, recorded_at, actor, event_type,"
            + " stream_id, category, entity_id, participant_id, correlation_id)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (global_position) do nothing";

    @Override
    public String name() {
        return "operator-audit";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.metadata() != null
                && event.metadata().actor() != null
                && event.metadata().actor().startsWith(OPERATOR_ACTOR);
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(Set.of());
    }

    @Override
    public boolean readsPayloads() {
        return false;
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        var rows = new ArrayList<Tuple>(events.size());
        for (var event : events) {
            var category = event.category();
            var entity = StreamIds.id(event.streamId());
            rows.add(Tuple.tuple()
                    .addLong(event.globalPosition())
                    .addOffsetDateTime(event.recordedAt().atOffset(ZoneOffset.UTC))
                    .addString(event.metadata().actor())
                    .addString(event.type())
                    .addString(event.streamId())
                    .addString(category)
                    .addString(entity)
                    .addUUID(ParticipantService.CATEGORY.equals(category) ? UUID.fromString(entity) : null)
                    .addString(event.metadata().correlationId()));
        }
        return rows.isEmpty()
                ? Uni.createFrom().voidItem()
                : transaction.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction.query("truncate operator_audit").execute().replaceWithVoid();
    }
}
