package id.go.prakerja.participant;

import id.go.prakerja.platform.command.Outcome;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs a command for each of many participants, a few at a time, as scheduled jobs do: one participant's failure is
 * logged and skipped, the others go on.
 */
public final class EachParticipant {

    private static final int CONCURRENCY = 8;

    private EachParticipant() {}

    /** Returns how many of the commands changed something. */
    public static <T> Uni<Integer> run(
            List<T> items, Function<T, Uni<? extends Outcome<?, ?>>> command, String job, Logger log) {
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUni(item -> command.apply(item)
                        .onFailure()
                        .invoke(failure -> log.warnf("%s skipped %s: %s", job, item, failure.getMessage()))
                        .onFailure()
                        .recoverWithNull())
                .merge(CONCURRENCY)
                .filter(outcome -> outcome != null && !outcome.events().isEmpty())
                .collect()
                .asList()
                .map(List::size);
    }
}
