package id.go.prakerja.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the service remembers the response to an idempotent command. */
@ConfigMapping(prefix = "prakerja.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered; a retry after that runs the command again. */
    @WithDefault("24h")
    Duration retention();

    /**
     * How long a request holding a key may take before a retry with the same key and body may run the command again:
     * the instance handling it is then taken for dead. Longer than any request takes, so that a slow request is never
     * run twice.
     */
    @WithDefault("60s")
    Duration inFlightLease();
}
