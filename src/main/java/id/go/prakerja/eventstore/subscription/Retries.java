package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.EventStoreConfig;
import io.smallrye.mutiny.Uni;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** How the subscriptions' background work retries: for good, backing off as configured, never dropping the work. */
final class Retries {

    private Retries() {}

    /** Runs {@code work}, again after each failure (reported to {@code failed}), and hands its result to {@code done}. */
    static <T> void untilDone(
            EventStoreConfig.Subscriptions config,
            Supplier<Uni<? extends T>> work,
            Consumer<Throwable> failed,
            Consumer<T> done) {
        Uni.createFrom()
                .deferred(work)
                .onFailure()
                .invoke(failed)
                .onFailure()
                .retry()
                .withBackOff(config.failureBackoff(), config.maxFailureBackoff())
                .indefinitely()
                .subscribe()
                .with(done);
    }
}
