package id.go.prakerja.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A service measured by the run: a packaged jar and the JVM flags it runs with. A plain run measures one, the
 * candidate (this build, the pom's flags); an A/B run measures a baseline beside it, another main's jar or other flags
 * or both (or several variants), alternated step by step so that the machine's drift falls on all alike.
 */
record Variant(String name, Path jar, String jvmFlags) {

    /** This build's package, with the image's flags unless {@code bench.service-jvm-flags} says otherwise. */
    static Variant candidate() {
        return new Variant("candidate", Settings.JAR, Settings.SERVICE_JVM_FLAGS);
    }

    /**
     * The variants of the run, the baseline first. {@code bench.variants} names several, separated by {@code ;}, each
     * {@code name|jvm flags} or {@code name|jvm flags|jar} (a collector table in one run); otherwise a baseline of
     * {@code bench.baseline-jar} (e.g. the previous main's package, built in a worktree) and {@code
     * bench.baseline-jvm-flags}, each defaulting to the candidate's, beside the candidate; only the candidate when
     * none of these is set.
     */
    static List<Variant> all() {
        var listed = System.getProperty("bench.variants", "");
        if (!listed.isBlank()) {
            return Arrays.stream(listed.split(";"))
                    .map(entry -> entry.split("\\|", -1))
                    .peek(parts -> {
                        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                            throw new IllegalArgumentException("bench.variants entries are name|jvm flags[|jar]");
                        }
                    })
                    .map(parts -> new Variant(
                            parts[0].trim(),
                            parts.length > 2 ? Path.of(parts[2].trim()).toAbsolutePath() : Settings.JAR,
                            parts[1].trim()))
                    .toList();
        }
        var jar = System.getProperty("bench.baseline-jar");
        var flags = System.getProperty("bench.baseline-jvm-flags");
        var candidate = candidate();
        if (jar == null && flags == null) {
            return List.of(candidate);
        }
        var baseline = new Variant(
                "baseline",
                jar == null ? candidate.jar() : Path.of(jar).toAbsolutePath(),
                flags == null ? candidate.jvmFlags() : flags);
        return List.of(baseline, candidate);
    }

    /** For the report: the jar relative to the project, so that a run's file names no path of the machine. */
    String describe() {
        var project = Path.of("").toAbsolutePath();
        var shown = jar.isAbsolute() ? project.relativize(jar) : jar;
        return "`" + name + "`: " + shown + ", flags `" + jvmFlags + "`";
    }
}
