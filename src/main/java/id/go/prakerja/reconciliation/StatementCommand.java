package id.go.prakerja.reconciliation;

import id.go.prakerja.platform.command.Command;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An operator imports a statement; the service passes {@code now}. */
public record StatementCommand(UUID statementId, String digest, List<StatementEvent.Line> lines, Instant now)
        implements Command {}
