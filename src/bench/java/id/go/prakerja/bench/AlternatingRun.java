package id.go.prakerja.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The A/B run: a baseline and a candidate, each on its own PostgreSQL and broker with the same data set, both services
 * up, the load alternating between them step by step (in the order AB, BA, AB, ...). A shared machine drifts by tens of
 * percent within an hour; alternated steps a few seconds apart see the same machine, so their ratio holds where two
 * runs' absolute numbers do not. The catch-ups and rebuilds run one variant at a time, the other stopped or idle.
 */
final class AlternatingRun {

    private final Path dir;
    private final List<Variant> variants;
    private final Report report = new Report();

    AlternatingRun(Path dir, List<Variant> variants) {
        this.dir = dir;
        this.variants = variants;
    }

    /**
     * Two rounds of the query phase, the second in the reverse order, so that each variant's mean has seen the machine
     * early and late alike.
     */
    private void queries(List<Stack> stacks, List<DataSet> dataSets, List<Tokens.Minted> minted) throws Exception {
        var rates = new double[stacks.size()][2];
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < stacks.size(); k++) {
                int i = AlternatingSteps.inTurn(round, k, stacks.size());
                var stack = stacks.get(i);
                if (minted.get(i).stale()) {
                    minted.set(i, stack.tokens.mint(dataSets.get(i).idle()));
                }
                report.line("### Queries of `" + stack.variant.name() + "`, round " + (round + 1));
                report.line("");
                rates[i][round] = new QueryPhase(stack.clients.queryHttp(), stack.usage, report)
                        .run(dataSets.get(i).idle(), minted.get(i))
                        .rate();
            }
        }
        report.line("| variant | queries/s, round 1 | round 2 | mean |");
        report.line("| --- | ---: | ---: | ---: |");
        for (int i = 0; i < stacks.size(); i++) {
            report.line(String.format(
                    "| %s | %.0f | %.0f | %.0f |",
                    stacks.get(i).variant.name(), rates[i][0], rates[i][1], (rates[i][0] + rates[i][1]) / 2));
        }
        report.line("");
    }

    void run() throws Exception {
        report.line("# A/B benchmark run " + Instant.now());
        report.line("");
        report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + "; participants: " + Settings.PARTICIPANTS + " per variant; step: " + Settings.STEP.toSeconds()
                + " s; warm-up: " + Settings.WARM_UP.toSeconds() + " s per variant.");
        report.line("");
        variants.forEach(variant -> report.line("- " + variant.describe()));
        report.line("");
        var stacks = new ArrayList<Stack>();
        try {
            for (int i = 0; i < variants.size(); i++) {
                var variant = variants.get(i);
                stacks.add(Stack.open(dir.resolve(variant.name()), variant, Settings.HTTP_PORT + i, report));
            }
            var dataSets = new ArrayList<DataSet>();
            for (var stack : stacks) {
                // The first start on the empty log creates the topics and the consumer group, as a deployment's does.
                stack.startService();
                stack.service.stop();
                report.line("### Data set of `" + stack.variant.name() + "`");
                report.line("");
                var seeder = new Seeder(stack.clients.pool(), report, stack.personalDataKeys);
                dataSets.add(seeder.seed());
                seeder.settle();
            }
            var projections = new ArrayList<Projections>();
            for (int i = 0; i < stacks.size(); i++) {
                var stack = stacks.get(i);
                long startup = stack.startService();
                report.line("### `" + stack.variant.name() + "`: started in " + startup + " ms; its catch-up");
                report.line("");
                var watched = new Projections(stack.clients, stack.gcLog, report);
                watched.catchUp(dataSets.get(i));
                projections.add(watched);
            }
            var minted = new ArrayList<Tokens.Minted>();
            for (int i = 0; i < stacks.size(); i++) {
                minted.add(stacks.get(i).tokens.mint(dataSets.get(i).idle()));
            }
            var rssUnderLoad = new long[stacks.size()];
            if (Settings.PHASES.contains("commands")) {
                rssUnderLoad = new AlternatingSteps(stacks, dataSets, minted, report).run();
            }
            if (Settings.PHASES.contains("queries")) {
                queries(stacks, dataSets, minted);
            }
            if (Settings.PHASES.contains("rebuild")) {
                for (int i = 0; i < stacks.size(); i++) {
                    report.line("### Rebuild of `" + stacks.get(i).variant.name() + "`");
                    report.line("");
                    projections.get(i).rebuild();
                }
            }
            report.line("## Footprint");
            report.line("");
            report.line("| variant | RSS idle after the phases, MiB | highest RSS in the command steps, MiB |"
                    + " GC over the whole run |");
            report.line("| --- | ---: | ---: | --- |");
            for (int i = 0; i < stacks.size(); i++) {
                var stack = stacks.get(i);
                report.line(String.format(
                        "| %s | %d | %d | %s |",
                        stack.variant.name(),
                        stack.usage.serviceRssKib() / 1024,
                        rssUnderLoad[i] / 1024,
                        stack.gcLog.totals()));
            }
            report.line("");
        } finally {
            try {
                for (var stack : stacks) {
                    try {
                        stack.close();
                    } catch (Exception failure) {
                        System.err.println("Stopping " + stack.variant.name() + " failed: " + failure);
                    }
                }
            } finally {
                Files.createDirectories(dir);
                report.save(dir.resolve("BENCHMARKS-run.md"));
            }
        }
    }
}
