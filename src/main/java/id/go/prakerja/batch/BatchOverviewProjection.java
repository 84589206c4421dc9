package id.go.prakerja.batch;

import id.go.prakerja.batch.BatchEvent.ApplicationReceived;
import id.go.prakerja.batch.BatchEvent.BatchOpened;
import id.go.prakerja.batch.BatchEvent.SelectionMade;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Projection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Quota, applicants and selected count of every batch. */
@ApplicationScoped
public class BatchOverviewProjection implements Projection {

    private final BatchService batches;
    private final Set<String> handledTypes;

    public BatchOverviewProjection(BatchService batches) {
        this.batches = batches;
        this.handledTypes = batches.types().storedTypes();
    }

    @Override
    public String name() {
        return "batch-overview";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(BatchService.CATEGORY) && handledTypes.contains(event.type());
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(handledTypes);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        return Projection.oneByOne(events, recorded -> apply(transaction, recorded));
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction.query("truncate batch_overview").execute().replaceWithVoid();
    }

    private Uni<Void> apply(SqlConnection transaction, RecordedEvent recorded) {
        var batchId = UUID.fromString(StreamIds.id(recorded.streamId()));
        var event = batches.types().fromRecorded(recorded);
        if (event instanceof BatchOpened opened) {
            return transaction
                    .preparedQuery("insert into batch_overview (batch_id, name, quota, opens_at, closes_at, status,"
                            + " version) values ($1, $2, $3, $4, $5, 'OPEN', $6) on conflict do nothing")
                    .execute(Tuple.tuple(List.of(
                            batchId,
                            opened.name(),
                            opened.quota(),
                            opened.opensAt().atOffset(ZoneOffset.UTC),
                            opened.closesAt().atOffset(ZoneOffset.UTC),
                            recorded.streamVersion())))
                    .replaceWithVoid();
        }
        if (event instanceof ApplicationReceived) {
            return update(transaction, "applicants = applicants + 1", batchId, recorded.streamVersion());
        }
        if (event instanceof SelectionMade selection) {
            return update(
                    transaction,
                    "status = 'SELECTED', selected = " + selection.selected().size(),
                    batchId,
                    recorded.streamVersion());
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> update(SqlConnection transaction, String assignments, UUID batchId, long version) {
        return transaction
                .preparedQuery("update batch_overview set " + assignments + ", version = $2 where batch_id = $1")
                .execute(Tuple.of(batchId, version))
                .replaceWithVoid();
    }
}
