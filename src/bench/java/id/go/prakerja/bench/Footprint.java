package id.go.prakerja.bench;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The service's startup times, memory and GC over the run: what each instance costs beside its throughput, reported
 * with the JVM flags and the AOT cache that they depend on.
 */
record Footprint(ServiceProcess service, ProcessUsage usage, GcLog gcLog, Report report) {

    void write(
            long firstEverStartupMillis,
            long freshStartupMillis,
            List<Long> startupMillis,
            long idleRssKib,
            long loadRssKib)
            throws IOException {
        report.line("## Footprint (JVM mode, packaged jar, Java " + Runtime.version() + ", flags: `"
                + service.variant().jvmFlags()
                + "`, AOT cache: "
                + ServiceProcess.aotCache(service.variant().jar())
                        .map(cache -> cache.getFileName() + " beside the jar")
                        .orElse("none")
                + ")");
        report.line("");
        var beforeReady = service.answeringAfterMillis() < 0
                ? "its first HTTP answer was ready"
                : "the service answered on HTTP after " + service.answeringAfterMillis()
                        + " ms, with readiness checks down at its last answer before: " + service.lastChecksDown();
        var sorted = startupMillis.stream().sorted().toList();
        report.line("Startup to `/q/health/ready` = UP with the seeded log waiting: **" + sorted.get(sorted.size() / 2)
                + " ms**, the median of " + sorted.size() + " starts after the load settled ("
                + startupMillis.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " ms; at the last start " + beforeReady + "); the first start, straight after the load with"
                + " autovacuum and the checkpointer still at work: " + freshStartupMillis + " ms; the very first"
                + " start, on the empty log and a fresh broker (it creates the topics and the consumer group): "
                + firstEverStartupMillis + " ms; RSS idle"
                + " after the catch-up: " + idleRssKib / 1024 + " MiB; highest during the command steps: "
                + loadRssKib / 1024 + " MiB; after the rebuild: " + usage.serviceRssKib() / 1024 + " MiB.");
        report.line("");
        report.line("The service's GC over the whole run: " + gcLog.totals() + ".");
    }
}
