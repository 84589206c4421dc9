package id.go.prakerja.catalog;

import id.go.prakerja.platform.command.Command;
import java.time.Instant;
import java.util.UUID;

/** What operators ask of the catalog; {@code platformKnown} comes from the platform table. */
public sealed interface TrainingCommand extends Command {

    record PublishTraining(UUID trainingId, TrainingDetails details, boolean platformKnown, Instant now)
            implements TrainingCommand {}

    record ChangeTraining(TrainingDetails details, boolean platformKnown, Instant now) implements TrainingCommand {}

    record UnpublishTraining(String reason, Instant now) implements TrainingCommand {}
}
