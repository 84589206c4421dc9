package id.go.prakerja.catalog;

import java.util.UUID;

/** A training as its decider and a purchase see it. */
public record TrainingState(UUID trainingId, TrainingDetails details, boolean published) {

    public static final TrainingState INITIAL = new TrainingState(null, null, false);

    public boolean exists() {
        return trainingId != null;
    }
}
