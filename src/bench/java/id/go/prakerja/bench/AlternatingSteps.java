package id.go.prakerja.bench;

import static id.go.prakerja.bench.Latency.ms;

import java.util.ArrayList;
import java.util.List;

/**
 * The command steps of an A/B run: at each offered rate one step per variant, in alternating order, until every
 * variant has passed p99 {@link Settings#P99_LIMIT_MICROS} or failed a command. Beside latency, each step's CPU per
 * command of the service and of its PostgreSQL, and the service's GC pauses, which the targets are set in.
 */
final class AlternatingSteps {

    /** Finer at the low end than a plain run's: on a busy shared machine a variant may pass only the first few. */
    private static final int[] RATES = {25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 600, 800, 1000, 1300, 1600};

    private final List<Stack> stacks;
    private final List<CommandLoad> loads = new ArrayList<>();
    private final Report report;

    AlternatingSteps(List<Stack> stacks, List<DataSet> dataSets, List<Tokens.Minted> minted, Report report) {
        this.stacks = stacks;
        this.report = report;
        for (int i = 0; i < stacks.size(); i++) {
            loads.add(new CommandLoad(stacks.get(i).clients, dataSets.get(i), minted.get(i), new Statuses()));
        }
    }

    /** The variant that goes {@code k}-th in round {@code round}: in order in even rounds, in reverse in odd ones. */
    static int inTurn(int round, int k, int variants) {
        return round % 2 == 0 ? k : variants - 1 - k;
    }

    /** What each variant achieved; what is kept of a step to sum up the variants. */
    private static final class Outcome {
        double bestAtTarget;
        double bestAtLimit;
        double longestPauseMillis;
        boolean failed;
        long rssKib;
        final List<double[]> cpuPerCommand = new ArrayList<>();
    }

    /** Runs the steps and writes them with each variant's summary; returns each variant's highest RSS under load. */
    long[] run() throws Exception {
        report.line("## Commands, A/B (purchase + cancellation cycles, open loop, " + Settings.CLIENTS
                + " connections per variant)");
        report.line("");
        // No projection-lag probes in an A/B run: each resends until its variant has caught up, so a variant that lags
        // more would be charged more PostgreSQL CPU by the harness itself.
        for (var load : loads) {
            load.run(50, Settings.WARM_UP, null);
        }
        // Counted from here, so that the warm-ups' statements are not the steps'.
        for (var stack : stacks) {
            stack.statistics.reset();
        }
        report.line("| offered cycles/s | variant | achieved commands/s | p50 ms | p99 ms | p99.9 ms | errors |"
                + " CPU ms per command: service | PostgreSQL | CPU service | CPU PostgreSQL | CPU harness + brokers |"
                + " GC pauses (count, total ms, longest ms) |");
        report.line("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var outcomes = new ArrayList<Outcome>();
        stacks.forEach(stack -> outcomes.add(new Outcome()));
        for (int r = 0; r < RATES.length; r++) {
            for (int k = 0; k < stacks.size(); k++) {
                int i = inTurn(r, k, stacks.size());
                if (!outcomes.get(i).failed) {
                    step(RATES[r], i, outcomes.get(i));
                }
            }
            if (outcomes.stream().allMatch(outcome -> outcome.failed)) {
                break;
            }
        }
        report.line("");
        summary(outcomes);
        for (var stack : stacks) {
            stack.statistics.topStatements("during the command steps of `" + stack.variant.name() + "`");
        }
        return outcomes.stream().mapToLong(outcome -> outcome.rssKib).toArray();
    }

    private void step(int rate, int variant, Outcome outcome) throws Exception {
        var stack = stacks.get(variant);
        var cpuBefore = stack.usage.cpuTicks();
        stack.gcLog.sinceLastCall();
        long wallBefore = System.nanoTime();
        var step = loads.get(variant).run(rate, null);
        var cpuAfter = stack.usage.cpuTicks();
        var shares = stack.usage.cpuShares(cpuBefore, System.nanoTime() - wallBefore);
        var gc = stack.gcLog.sinceLastCall();
        outcome.rssKib = Math.max(outcome.rssKib, stack.usage.serviceRssKib());
        double commands = step.achieved() * Settings.STEP.toSeconds();
        // The kernel counts 100 ticks a second: 10 ms each.
        double serviceMs = commands == 0 ? 0 : (cpuAfter[0] - cpuBefore[0]) * 10.0 / commands;
        double postgresMs = commands == 0 ? 0 : (cpuAfter[1] - cpuBefore[1]) * 10.0 / commands;
        report.line(String.format(
                "| %d | %s | %.0f | %.1f | %.1f | %.1f | %d | %.2f | %.2f | %s | %s | %s | %s |",
                rate,
                stack.variant.name(),
                step.achieved(),
                ms(step.latency(), 50),
                ms(step.latency(), 99),
                ms(step.latency(), 99.9),
                step.errors(),
                serviceMs,
                postgresMs,
                shares[0],
                shares[1],
                shares[2],
                gc.pauses()));
        long p99 = step.latency().getValueAtPercentile(99);
        if (p99 > Settings.P99_LIMIT_MICROS || step.errors() > 0) {
            outcome.failed = true;
            return;
        }
        outcome.bestAtLimit = Math.max(outcome.bestAtLimit, step.achieved());
        if (p99 <= Settings.P99_TARGET_MICROS) {
            outcome.bestAtTarget = Math.max(outcome.bestAtTarget, step.achieved());
        }
        outcome.longestPauseMillis = Math.max(outcome.longestPauseMillis, gc.longestPauseMillis());
        outcome.cpuPerCommand.add(
                new double[] {commands, (cpuAfter[0] - cpuBefore[0]) * 10.0, (cpuAfter[1] - cpuBefore[1]) * 10.0});
    }

    /**
     * Each variant's highest rates and, at the offered rates every variant sustained, its CPU per command (service +
     * PostgreSQL, the CPU of those steps over their commands); the other variants' ratios to the first last.
     */
    private void summary(List<Outcome> outcomes) {
        int common = outcomes.stream()
                .mapToInt(outcome -> outcome.cpuPerCommand.size())
                .min()
                .orElse(0);
        report.line("| variant | commands/s at p99 ≤ 50 ms | at p99 ≤ 100 ms | CPU ms per command, service +"
                + " PostgreSQL, over the " + common + " steps all sustained | longest GC pause in the sustained steps,"
                + " ms |");
        report.line("| --- | ---: | ---: | ---: | ---: |");
        var cpu = new double[outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
            var outcome = outcomes.get(i);
            // All the CPU of those steps over all their commands: a mean of per-step ratios would let the slowest
            // step, whose fixed background costs spread over the fewest commands, weigh as much as the busiest.
            var steps = outcome.cpuPerCommand.stream().limit(common).toList();
            double commands = steps.stream().mapToDouble(step -> step[0]).sum();
            cpu[i] = commands == 0
                    ? Double.NaN
                    : steps.stream().mapToDouble(step -> step[1] + step[2]).sum() / commands;
            report.line(String.format(
                    "| %s | %.0f | %.0f | %.2f | %.0f |",
                    stacks.get(i).variant.name(),
                    outcome.bestAtTarget,
                    outcome.bestAtLimit,
                    cpu[i],
                    outcome.longestPauseMillis));
        }
        report.line("");
        for (int i = 1; i < outcomes.size(); i++) {
            report.line(String.format(
                    "`%s` ÷ `%s`: commands/s at p99 ≤ 50 ms **%s**, at p99 ≤ 100 ms %s; CPU per command **%s**.",
                    stacks.get(i).variant.name(),
                    stacks.get(0).variant.name(),
                    ratio(outcomes.get(i).bestAtTarget, outcomes.get(0).bestAtTarget),
                    ratio(outcomes.get(i).bestAtLimit, outcomes.get(0).bestAtLimit),
                    ratio(cpu[i], cpu[0])));
            report.line("");
        }
    }

    private static String ratio(double candidate, double baseline) {
        return baseline > 0 && !Double.isNaN(candidate)
                ? String.format("%.2f×", candidate / baseline)
                : "– (the baseline has none)";
    }
}
