package id.go.prakerja.reconciliation;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.platform.command.CommandPipeline;
import id.go.prakerja.platform.command.CommandPipelines;
import id.go.prakerja.platform.command.Decider;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.security.Secrets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/** Payment statements: each imported once, as a stream of its own, so the import is in the log and the audit trail. */
@ApplicationScoped
public class StatementService {

    public static final String CATEGORY = "statement";

    private final CommandPipelines pipelines;
    private final CommandPipeline<StatementCommand, StatementEvent, StatementDecider.State> pipeline;
    private final Clock clock;

    public StatementService(CommandPipelines pipelines, Clock clock) {
        this.pipelines = pipelines;
        this.clock = clock;
        this.pipeline = pipelines.create(
                CATEGORY,
                StatementEvent.class,
                Decider.of(StatementDecider.INITIAL, StatementDecider::decide, StatementDecider::evolve));
    }

    public EventTypeRegistry<StatementEvent> types() {
        return pipeline.types();
    }

    /** Reads the CSV (a bad cell refuses it whole) and records it; the same file again is a conflict. */
    public Uni<Outcome<StatementEvent, StatementDecider.State>> importStatement(String csv, EventMetadata metadata) {
        var lines = StatementFile.read(csv);
        var digest = Secrets.digest(csv);
        var statementId = UUID.nameUUIDFromBytes(digest.getBytes(StandardCharsets.UTF_8));
        var command = new StatementCommand(statementId, digest, lines, clock.instant());
        return pipelines.inTransaction(transaction -> pipeline.handle(transaction, statementId, command, metadata));
    }
}
