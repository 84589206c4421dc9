package id.go.prakerja.batch;

import id.go.prakerja.platform.command.Command;
import java.time.Instant;
import java.util.UUID;

/** What the operator and applicants ask of a batch; the caller passes {@code now}. */
public sealed interface BatchCommand extends Command {

    record OpenBatch(UUID batchId, String name, int quota, Instant opensAt, Instant closesAt, Instant now)
            implements BatchCommand {}

    record ReceiveApplication(UUID participantId, int priorityGroup, Instant now) implements BatchCommand {}

    /** Closes the batch and selects; {@code seed} breaks ties so that a selection can be reproduced. */
    record Select(long seed, Instant now) implements BatchCommand {}
}
