package id.go.prakerja.participant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the journey's application service runs; the programme's own rules are in {@link ProgramConfig}. */
@ConfigMapping(prefix = "prakerja.journey")
public interface JourneyConfig {

    /**
     * How many participants' states, as their last committed command left them, are kept in memory, so that the next
     * command reads only the events appended since. The least recently used go first; 0 keeps none.
     */
    @WithDefault("10000")
    long stateCacheSize();

    /**
     * Connections of the pipelined client that reads participants' status and balance, the platform's busiest
     * reads; each carries many statements at once. At 100 000 participants on two cores, 2, 4 and 8 answered alike
     * (BENCHMARKS.md).
     */
    @WithDefault("4")
    int overviewReadConnections();
}
