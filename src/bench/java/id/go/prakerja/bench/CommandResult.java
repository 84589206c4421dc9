package id.go.prakerja.bench;

import java.time.Instant;

/**
 * What the command steps leave to the phases after them: the best step's rate for the ratio to the ceiling, the
 * memory under load for the footprint, and when the reported steps began and when the best one ran (wall clock, as the
 * events' {@code ce_time}), by which the relay lag is split.
 */
record CommandResult(
        double bestRate, long rssUnderLoad, Instant stepsStart, Instant bestStepStart, Instant bestStepEnd) {

    /** When the command phase is not run. */
    static CommandResult none() {
        return new CommandResult(0, 0, null, null, null);
    }
}
