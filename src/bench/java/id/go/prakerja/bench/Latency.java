package id.go.prakerja.bench;

import org.HdrHistogram.Histogram;

/** The harness records latencies and lags in microseconds and reports them in milliseconds: both ends in one place. */
final class Latency {

    private Latency() {}

    /** Microseconds up to an hour, three significant digits: every latency and lag of the harness. */
    static Histogram microseconds() {
        return new Histogram(3_600_000_000L, 3);
    }

    static double ms(Histogram histogram, double percentile) {
        return histogram == null || histogram.getTotalCount() == 0
                ? 0
                : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
