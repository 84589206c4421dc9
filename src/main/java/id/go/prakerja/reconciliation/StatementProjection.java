package id.go.prakerja.reconciliation;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.Projection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every statement line, for the reconciliation report. */
@ApplicationScoped
public class StatementProjection implements Projection {

    private final StatementService statements;
    private final Set<String> types;

    public StatementProjection(StatementService statements) {
        this.statements = statements;
        this.types = statements.types().storedTypes();
    }

    @Override
    public String name() {
        return "statement-lines";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(StatementService.CATEGORY) && types.contains(event.type());
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(types);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        var rows = new ArrayList<Tuple>();
        for (var recorded : events) {
            var imported = (StatementEvent.Imported) statements.types().fromRecorded(recorded);
            for (var line : imported.lines()) {
                rows.add(Tuple.tuple()
                        .addUUID(imported.statementId())
                        .addInteger(line.lineNo())
                        .addUUID(line.disbursementId())
                        .addString(line.reference())
                        .addLong(line.amount())
                        .addString(line.status())
                        .addLocalDate(line.date())
                        .addOffsetDateTime(imported.importedAt().atOffset(ZoneOffset.UTC)));
            }
        }
        return rows.isEmpty()
                ? Uni.createFrom().voidItem()
                : transaction
                        .preparedQuery("insert into statement_lines (statement_id, line_no, disbursement_id,"
                                + " reference, amount, status, paid_on, imported_at)"
                                + " values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing")
                        .executeBatch(rows)
                        .replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction.query("truncate statement_lines").execute().replaceWithVoid();
    }
}
