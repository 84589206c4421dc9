package id.go.prakerja.catalog;

import id.go.prakerja.catalog.TrainingCommand.ChangeTraining;
import id.go.prakerja.catalog.TrainingCommand.PublishTraining;
import id.go.prakerja.catalog.TrainingCommand.UnpublishTraining;
import id.go.prakerja.catalog.TrainingEvent.TrainingChanged;
import id.go.prakerja.catalog.TrainingEvent.TrainingPublished;
import id.go.prakerja.catalog.TrainingEvent.TrainingUnpublished;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.Violation;
import java.util.ArrayList;
import java.util.List;

/** The catalog's rules: pure. */
public final class TrainingDecider {

    private TrainingDecider() {}

    public static Decision<TrainingEvent> decide(TrainingCommand command, TrainingState state) {
        if (command instanceof PublishTraining publish) {
            if (state.exists()) {
                return Decision.reject(Rule.TRAINING_EXISTS);
            }
            var problems = problems(publish.details(), publish.platformKnown());
            return problems.isEmpty()
                    ? Decision.accept(new TrainingPublished(publish.trainingId(), publish.details(), publish.now()))
                    : Decision.reject(problems);
        }
        if (!state.exists()) {
            return Decision.reject(Rule.TRAINING_NOT_FOUND);
        }
        if (command instanceof ChangeTraining change) {
            var problems = problems(change.details(), change.platformKnown());
            return problems.isEmpty()
                    ? Decision.accept(new TrainingChanged(change.details(), change.now()))
                    : Decision.reject(problems);
        }
        if (command instanceof UnpublishTraining unpublish) {
            return state.published()
                    ? Decision.accept(new TrainingUnpublished(unpublish.reason(), unpublish.now()))
                    : Decision.reject(Rule.TRAINING_NOT_PUBLISHED);
        }
        throw new IllegalArgumentException(
                "Unhandled command " + command.getClass().getSimpleName());
    }

    public static TrainingState evolve(TrainingState state, TrainingEvent event) {
        if (event instanceof TrainingPublished published) {
            return new TrainingState(published.trainingId(), published.details(), true);
        }
        if (event instanceof TrainingChanged changed) {
            return new TrainingState(state.trainingId(), changed.details(), state.published());
        }
        if (event instanceof TrainingUnpublished) {
            return new TrainingState(state.trainingId(), state.details(), false);
        }
        return state;
    }

    private static List<Violation> problems(TrainingDetails details, boolean platformKnown) {
        var problems = new ArrayList<Violation>();
        if (!platformKnown) {
            problems.add(Violation.of(Rule.PLATFORM_UNKNOWN, details.platformCode()));
        }
        if (details.modules().isEmpty()) {
            problems.add(Violation.of(Rule.MODULES_REQUIRED));
        }
        return problems;
    }
}
