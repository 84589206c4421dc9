package id.go.prakerja.platform.command;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How commands meet a concurrent writer of their stream. */
@ConfigMapping(prefix = "prakerja.commands")
public interface CommandConfig {

    /** Retries of a command whose stream another writer moved on meanwhile; each decides again on the new state. */
    ConflictRetry conflictRetry();

    interface ConflictRetry {

        /** Attempts after the first, before the conflict reaches the caller as 409. */
        @WithDefault("10")
        int attempts();

        /** The pause before the first retry; it doubles up to {@link #maxBackoff()}. */
        @WithDefault("5ms")
        Duration firstBackoff();

        @WithDefault("200ms")
        Duration maxBackoff();

        /** Spreads the retries of writers that collided, so that they do not collide again in step. */
        @WithDefault("0.5")
        double jitter();
    }
}
