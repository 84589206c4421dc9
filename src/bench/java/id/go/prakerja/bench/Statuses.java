package id.go.prakerja.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The HTTP statuses other than 2xx that a phase got, by status: a 401, 403 or 404 means that a token was missing,
 * refused or named another participant, which would make the phase measure the refusals instead of the work.
 */
final class Statuses {

    private final Map<Integer, LongAdder> counts = new ConcurrentSkipListMap<>();
    private final LongAdder failed = new LongAdder();

    void record(int status) {
        if (status < 200 || status >= 300) {
            counts.computeIfAbsent(status, s -> new LongAdder()).increment();
        }
    }

    /** A request that got no HTTP answer at all. */
    void failed() {
        failed.increment();
    }

    long non2xx() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
        var text = counts.isEmpty()
                ? "none"
                : counts.entrySet().stream()
                        .map(entry -> entry.getValue().sum() + " × " + entry.getKey())
                        .collect(Collectors.joining(", "));
        return text + (failed.sum() > 0 ? "; " + failed.sum() + " without an answer" : "");
    }
}
