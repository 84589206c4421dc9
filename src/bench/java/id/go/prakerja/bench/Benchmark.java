package id.go.prakerja.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The benchmark behind BENCHMARKS.md: the PostgreSQL ceiling, then the packaged service on the same PostgreSQL and
 * Kafka, in one run, so that ratios hold on a shared machine. Load is open-loop (requests start at their scheduled
 * time, whatever the service does) and latency counts from the scheduled start, which corrects for coordinated
 * omission; HdrHistogram records it.
 */
public final class Benchmark {

    private final Path dir;
    private final Report report = new Report();
    private final LatencyChart chart = new LatencyChart();

    private final Variant variant;

    private Benchmark(Path dir, Variant variant) {
        this.dir = dir;
        this.variant = variant;
    }

    public static void main(String[] args) throws Exception {
        var dir = Path.of(System.getProperty("bench.dir", "target/benchmark"));
        deleteRecursively(dir);
        Files.createDirectories(dir);
        var variants = Variant.all();
        try {
            if (variants.size() == 1) {
                new Benchmark(dir, variants.get(0)).run();
            } else {
                new AlternatingRun(dir, variants).run();
            }
        } catch (Exception failure) {
            // Without the exit, the harness's Vert.x threads would keep exec:java waiting for ever.
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        report.line("# Benchmark run " + Instant.now());
        report.line("");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() / (1 << 20)) + " MiB max heap of the harness; participants: "
                + Settings.PARTICIPANTS + "; step: " + Settings.STEP.toSeconds() + " s");
        report.line("");
        try (var stack = Stack.open(dir, variant, Settings.HTTP_PORT, report)) {
            var clients = stack.clients;
            var statistics = stack.statistics;
            var service = stack.service;
            report.line("PostgreSQL settings: " + statistics.settings() + ".");
            report.line("");
            var ceiling = new Ceiling(clients.pool());
            double ceilingRate = ceiling.measure();
            report.line("## Ceiling");
            report.line("");
            report.line("Single-row appends (same table shape and indexes as `events`), one transaction each, "
                    + Settings.CLIENTS + " connections of the Vert.x client: **" + Math.round(ceilingRate)
                    + " tx/s**.");
            report.line("");
            // A deployment's very first start creates the Kafka topics and the consumer group. That is not what the
            // first start after a bulk load is to measure, so a start on the empty log comes first and does it.
            long firstEverStartup = stack.startService();
            service.stop();
            var seeder = new Seeder(clients.pool(), report, stack.personalDataKeys);
            var dataSet = seeder.seed();
            long freshStartup = stack.startService();
            service.stop();
            seeder.settle();
            var startups = new ArrayList<Long>();
            for (int start = 1; start < Settings.STARTS; start++) {
                startups.add(stack.startService());
                service.stop();
            }
            startups.add(stack.startService());
            var projections = new Projections(clients, stack.gcLog, report);
            projections.catchUp(dataSet);
            long idleRss = stack.usage.serviceRssKib();
            var relay = new RelayLag(stack.kafka, report);
            var relayStart = relay.endOffsets();
            // Every participant's access token, minted before the load phases: none is signed inside a timed loop.
            var minted = stack.tokens.mint(dataSet.idle());
            report.line("## Access tokens");
            report.line("");
            report.line("Every request of the command and query phases carries its participant's access token (RS256,"
                    + " `kid`, the claims of the service's `TokenIssuer`, 15 minutes), minted by the harness with the"
                    + " service's signing key before the phases, outside their timed loops: "
                    + minted.bearers().size()
                    + " tokens in " + minted.millis() + " ms. The operator calls (projections, rebuild) carry the"
                    + " bootstrap admin's token from `POST /api/v1/auth/login`.");
            report.line("");
            var commands = CommandResult.none();
            double ceilingAfterCommands = 0;
            if (Settings.PHASES.contains("commands")) {
                statistics.reset();
                commands = new CommandSteps(
                                new CommandLoad(clients, dataSet, minted, new Statuses()),
                                stack.usage,
                                statistics,
                                stack.gcLog,
                                chart,
                                report)
                        .run();
                statistics.topStatements("during the command steps");
                // The machine's speed drifts, within a run too (a ceiling of 20 000 tx/s and of 11 000 in one hour),
                // so the ratio is also given against the ceiling as it is right after the steps.
                ceilingAfterCommands = ceiling.measure();
                report.line("The ceiling again, right after the command steps (the service idle): **"
                        + Math.round(ceilingAfterCommands) + " tx/s**.");
                report.line("");
            }
            if (Settings.PHASES.contains("queries")) {
                statistics.reset();
                if (minted.stale()) {
                    minted = stack.tokens.mint(dataSet.idle());
                    report.line("(The tokens minted again before the queries, in " + minted.millis() + " ms.)");
                    report.line("");
                }
                var queries = new QueryPhase(clients.queryHttp(), stack.usage, report).run(dataSet.idle(), minted);
                statistics.topStatements("during the queries");
                new TokenCost(stack.tokens, report).write(queries, minted);
            }
            if (Settings.PHASES.contains("commands")) {
                relay.measure(relayStart, commands);
            }
            if (Settings.PHASES.contains("rebuild")) {
                statistics.reset();
                projections.rebuild();
                statistics.topStatements("during the rebuild");
            }
            new Footprint(service, stack.usage, stack.gcLog, report)
                    .write(firstEverStartup, freshStartup, startups, idleRss, commands.rssUnderLoad());
            service.stop();
            Files.writeString(dir.resolve("latency.svg"), chart.svg());
            report.line("");
            report.line("Chart: `target/benchmark/latency.svg` (p50/p99 per second during the command steps).");
            report.line("Commands/s at the best step ÷ ceiling: "
                    + String.format("%.1f%%", 100 * commands.bestRate() / ceilingRate)
                    + (ceilingAfterCommands > 0
                            ? String.format(
                                    "; ÷ the ceiling after the command steps: %.1f%%",
                                    100 * commands.bestRate() / ceilingAfterCommands)
                            : ""));
        } finally {
            report.save(dir.resolve("BENCHMARKS-run.md"));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
