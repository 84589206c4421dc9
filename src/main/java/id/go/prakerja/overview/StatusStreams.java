package id.go.prakerja.overview;

import id.go.prakerja.platform.problem.LimitReached;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many status streams each signed-in caller holds open on this instance, so that one caller cannot tie up the
 * connections and the broadcast of everyone.
 */
@ApplicationScoped
public class StatusStreams {

    /** Limits of the live status stream. */
    @ConfigMapping(prefix = "prakerja.status-stream")
    public interface Config {

        /** Streams one caller may hold open at once on one instance: a few browser tabs and a phone. */
        @WithDefault("5")
        int maxPerCaller();
    }

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final Config config;

    public StatusStreams(Config config) {
        this.config = config;
    }

    /** Counts a stream of {@code caller} as open, or refuses it with 429 when the caller holds the most it may. */
    void open(String caller) {
        int max = config.maxPerCaller();
        var refused = new boolean[1];
        open.compute(caller, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                refused[0] = true;
                return now;
            }
            return now + 1;
        });
        if (refused[0]) {
            throw new LimitReached("too-many-streams", 5, max);
        }
    }

    void closed(String caller) {
        open.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }
}
