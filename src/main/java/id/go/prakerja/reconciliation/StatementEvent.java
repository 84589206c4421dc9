package id.go.prakerja.reconciliation;

import id.go.prakerja.eventstore.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A payment partner's statement, in the stream {@code statement-<id>}: what the partner says it did. */
public sealed interface StatementEvent {

    /** One line of the statement as the partner wrote it. */
    record Line(int lineNo, UUID disbursementId, String reference, long amount, String status, LocalDate date) {}

    /** {@code digest}: SHA-256 of the file, which is also where the statement's id comes from. */
    @EventType("statement-imported.v1")
    record Imported(UUID statementId, String digest, List<Line> lines, Instant importedAt) implements StatementEvent {}
}
