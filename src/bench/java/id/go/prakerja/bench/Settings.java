package id.go.prakerja.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The run's parameters in one place, most of them {@code bench.*} system properties with the defaults of a full run
 * (the jar and the service's flags default to what the pom's {@code benchmark} profile sets), so that a shortened
 * measurement changes no code.
 */
final class Settings {

    static final int CLIENTS = 64;
    static final int HTTP_PORT = Integer.getInteger("bench.http-port", 18080);
    static final Duration STEP = Duration.ofSeconds(Integer.getInteger("bench.step-seconds", 10));
    /**
     * An A/B run's warm-up of each variant before its steps: C2 compiles the command path over tens of seconds on
     * shared cores, and a half-compiled variant's first steps would measure its compiler.
     */
    static final Duration WARM_UP =
            Duration.ofSeconds(Integer.getInteger("bench.warm-up-seconds", (int) STEP.toSeconds() * 4));

    static final Duration QUERY_DURATION =
            Duration.ofSeconds(Integer.getInteger("bench.query-seconds", (int) STEP.toSeconds()));
    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1_000_000);
    static final long P99_LIMIT_MICROS = 100_000;
    /** The tighter limit an A/B run also reports each variant's highest rate under. */
    static final long P99_TARGET_MICROS = 50_000;
    /**
     * Starts on the settled log (after the first, on the fresh load), each stopped once ready but the last: a start is
     * a few seconds on shared cores, and several show its spread. Each finds nearly the whole log still waiting.
     */
    static final int STARTS = Integer.getInteger("bench.starts", 3);
    /** The phases after the catch-up to run; a subset shortens a measurement of one of them. */
    static final List<String> PHASES = List.of(
            System.getProperty("bench.phases", "commands,queries,rebuild").split(","));
    /** The service's heap and collector: the image's (the pom's {@code service.jvm-flags}) unless overridden. */
    static final String SERVICE_JVM_FLAGS =
            System.getProperty("bench.service-jvm-flags", System.getProperty("service.jvm-flags"));

    /** The bootstrap admin the service creates at its first start, who signs in for the operator API. */
    static final String ADMIN_EMAIL = "admin@bench.prakerja.test";

    static final String ADMIN_PASSWORD = "bench-admin-kata-sandi-panjang";

    static final Path JAR = Path.of(System.getProperty("local.application-jar", "target/quarkus-app/quarkus-run.jar"));

    private Settings() {}
}
