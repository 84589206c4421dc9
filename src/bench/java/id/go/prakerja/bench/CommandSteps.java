package id.go.prakerja.bench;

import static id.go.prakerja.bench.Latency.ms;

import java.time.Instant;
import org.HdrHistogram.Histogram;

/**
 * The command phase: the offered rate raised step by step until p99 passes {@link Settings#P99_LIMIT_MICROS} or a
 * command fails, which finds the highest rate the service sustains, with each step's CPU, PostgreSQL background work
 * and GC beside its latency to tell what limits it.
 */
record CommandSteps(
        CommandLoad load,
        ProcessUsage usage,
        PostgresStatistics statistics,
        GcLog gcLog,
        LatencyChart chart,
        Report report) {

    CommandResult run() throws Exception {
        report.line("## Commands (purchase + cancellation cycles, open loop, " + Settings.CLIENTS + " connections)");
        report.line("");
        report.line("| offered cycles/s (2 commands each) | achieved commands/s | p50 ms | p99 ms | p99.9 ms | errors |"
                + " CPU service | CPU PostgreSQL | CPU harness + broker | PostgreSQL checkpoints | autovacuum runs |"
                + " service GC pauses (count, total ms, longest ms) | promoted to the old generation, MiB |");
        report.line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        double bestRate = 0;
        // The lag is the target's "at the command rate above": kept per step, so that the step that failed (the
        // machine past saturation, p50 in the hundreds of ms) does not decide it.
        Histogram bestLag = null;
        var sustainedLag = Latency.microseconds();
        Histogram failedLag = null;
        // A freshly started JVM compiles its hot paths during the first seconds of load; that is not reported.
        load.run(50, Latency.microseconds());
        var stepsStart = Instant.now();
        long rss = 0;
        Instant bestStepStart = null;
        Instant bestStepEnd = null;
        for (int rate : new int[] {50, 100, 150, 200, 250, 300, 400, 500, 600, 700, 800, 1000, 1300, 1600, 2000}) {
            var cpuBefore = usage.cpuTicks();
            var backgroundBefore = statistics.background();
            // Read up to here, so that the step's GC below is its own.
            gcLog.pauses();
            long wallBefore = System.nanoTime();
            var stepLag = Latency.microseconds();
            var stepStart = Instant.now();
            var step = load.run(rate, stepLag);
            var stepEnd = Instant.now();
            chart.add(step.series());
            var cpu = usage.cpuShares(cpuBefore, System.nanoTime() - wallBefore);
            var gc = gcLog.sinceLastCall();
            var backgroundAfter = statistics.background();
            rss = Math.max(rss, usage.serviceRssKib());
            report.line(String.format(
                    "| %d | %.0f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %d | %d | %s | %s |",
                    rate,
                    step.achieved(),
                    ms(step.latency(), 50),
                    ms(step.latency(), 99),
                    ms(step.latency(), 99.9),
                    step.errors(),
                    cpu[0],
                    cpu[1],
                    cpu[2],
                    backgroundAfter[0] - backgroundBefore[0],
                    backgroundAfter[1] - backgroundBefore[1],
                    gc.pauses(),
                    gc.promoted()));
            if (step.latency().getValueAtPercentile(99) > Settings.P99_LIMIT_MICROS || step.errors() > 0) {
                failedLag = stepLag;
                break;
            }
            bestRate = step.achieved();
            bestLag = stepLag;
            bestStepStart = stepStart;
            bestStepEnd = stepEnd;
            synchronized (stepLag) {
                sustainedLag.add(stepLag);
            }
        }
        report.line("");
        report.line(
                "Highest sustained rate with p99 ≤ 100 ms and no errors: **" + Math.round(bestRate) + " commands/s**.");
        report.line("");
        report.line("Projection lag (command response → overview shows its version; 1 in 20 commands): " + lag(bestLag)
                + " at the highest sustained rate; " + lag(sustainedLag) + " over every step up to it; "
                + lag(failedLag) + " in the step that failed.");
        report.line("");
        report.line("Answers other than 2xx over the command steps (the warm-up and the failed step included): "
                + load.statuses() + ".");
        report.line("");
        return new CommandResult(bestRate, rss, stepsStart, bestStepStart, bestStepEnd);
    }

    private static String lag(Histogram lag) {
        if (lag == null) {
            return "none measured";
        }
        synchronized (lag) {
            return lag.getTotalCount() == 0
                    ? "none measured"
                    : String.format("p50 %.1f ms, p99 %.1f ms", ms(lag, 50), ms(lag, 99));
        }
    }
}
