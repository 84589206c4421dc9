package id.go.prakerja.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The service's GC log, read after each phase and each command step: are the latency spikes collections, and does the
 * old generation fill up for a full one?
 */
final class GcLog {

    private static final Pattern GC_PAUSE = Pattern.compile("Pause .* ([0-9.]+)ms$");

    /** The old generation before and after a collection, as the serial and the parallel collector log it. */
    private static final Pattern OLD_GENERATION =
            Pattern.compile("(?:Tenured|ParOldGen|PSOldGen): (\\d+)K\\(\\d+K\\)->(\\d+)K");

    private final Path file;
    private long read;

    GcLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Young and full collections of the whole run, with their pause time: a GC-bound phase shows here. */
    String totals() throws IOException {
        var lines = Files.readAllLines(file);
        var young = Pauses.of(lines, "Pause Young");
        var full = Pauses.of(lines, "Pause Full");
        return String.format(
                "%d young pauses, %.1f s, %d full pauses, %.1f s",
                young.count, young.totalMillis / 1000, full.count, full.totalMillis / 1000);
    }

    /** The service's GC pauses logged since the last call, as "count, total ms, longest ms". */
    String pauses() throws IOException {
        return sinceLastCall().pauses();
    }

    /**
     * What the service's GC log says since the last call: its pauses as "count, total ms, longest ms", and what its
     * collections added to the old generation. A young collection promotes what outlived its tenuring age; once the
     * old generation is full the serial collector stops everything for a full collection (100–160 ms here).
     */
    Since sinceLastCall() throws IOException {
        if (!Files.exists(file)) {
            return new Since("–", "–", 0);
        }
        var log = Files.readString(file);
        var fresh = List.of(log.substring((int) Math.min(read, log.length())).split("\n"));
        read = log.length();
        var pauses = Pauses.of(fresh, "Pause ");
        long promotedKib = 0;
        for (var logLine : fresh) {
            var old = OLD_GENERATION.matcher(logLine);
            if (old.find()) {
                promotedKib += Math.max(0, Long.parseLong(old.group(2)) - Long.parseLong(old.group(1)));
            }
        }
        return new Since(
                String.format("%d, %.0f, %.0f", pauses.count, pauses.totalMillis, pauses.longestMillis),
                String.format("%.1f", promotedKib / 1024.0),
                pauses.longestMillis);
    }

    record Since(String pauses, String promoted, double longestPauseMillis) {}

    /** The pauses among lines of the service's GC log that contain {@code kind}. */
    private record Pauses(int count, double totalMillis, double longestMillis) {

        static Pauses of(List<String> logLines, String kind) {
            int count = 0;
            double total = 0;
            double longest = 0;
            for (var logLine : logLines) {
                var pause = GC_PAUSE.matcher(logLine);
                if (logLine.contains(kind) && pause.find()) {
                    double millis = Double.parseDouble(pause.group(1));
                    count++;
                    total += millis;
                    longest = Math.max(longest, millis);
                }
            }
            return new Pauses(count, total, longest);
        }
    }
}
