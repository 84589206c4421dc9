package id.go.prakerja.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the run's processes use, as the kernel counts it in {@code /proc}: on shared cores a phase's result means little
 * without who took the CPU, and the service's footprint is its resident memory, not its heap.
 *
 * @param postgresData the data directory of the service's PostgreSQL, whose {@code postmaster.pid} names the server
 *     whose processes count (an A/B run has two)
 */
record ProcessUsage(ServiceProcess service, Path postgresData) {

    /** CPU time so far, in clock ticks, of the service, of its PostgreSQL's processes, and of this JVM with brokers. */
    long[] cpuTicks() {
        return new long[] {
            ticks(service.pid()), postgresTicks(), ticks(ProcessHandle.current().pid())
        };
    }

    /** Each process's share of the machine's cores since {@code before}, e.g. "63 %" of all cores. */
    String[] cpuShares(long[] before, long wallNanos) {
        var after = cpuTicks();
        double available = wallNanos / 1e9 * 100 * Runtime.getRuntime().availableProcessors();
        var shares = new String[after.length];
        for (int i = 0; i < after.length; i++) {
            shares[i] = String.format("%.0f %%", 100 * (after[i] - before[i]) / available);
        }
        return shares;
    }

    /** The service's CPU time since {@code before}, in microseconds (the kernel counts 100 ticks a second). */
    double serviceCpuMicros(long[] before) {
        return (ticks(service.pid()) - before[0]) * 10_000.0;
    }

    /** The service's resident set size, in KiB. */
    long serviceRssKib() throws IOException {
        for (var statusLine : Files.readAllLines(Path.of("/proc/" + service.pid() + "/status"))) {
            if (statusLine.startsWith("VmRSS:")) {
                return Long.parseLong(statusLine.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** The postmaster and every backend and worker under it. */
    private long postgresTicks() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid"))
                    .get(0)
                    .trim());
            return ProcessHandle.of(postmaster)
                    .map(server -> Stream.concat(Stream.of(server), server.descendants())
                            .mapToLong(process -> ticks(process.pid()))
                            .sum())
                    .orElse(0L);
        } catch (IOException | RuntimeException notRunning) {
            return 0;
        }
    }

    /** CPU of the children the process has waited for: {@code cutime} + {@code cstime} of its stat. */
    private static long reapedChildrenTicks(long pid) {
        return statSum(pid, 13);
    }

    /** The process's own CPU: {@code utime} + {@code stime}. */
    private static long ticks(long pid) {
        return statSum(pid, 11);
    }

    /** Two adjacent fields of {@code /proc/<pid>/stat}, counted after the command's parenthesis; 0 once it is gone. */
    private static long statSum(long pid, int first) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
