package id.go.prakerja.bench;

import id.go.prakerja.local.EmbeddedKafkaBroker;
import id.go.prakerja.local.EmbeddedPostgresServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service as a process of its own, started as the image starts it: its startup time is a result of the
 * run, and its CPU, memory and GC are measured apart from the harness's.
 */
final class ServiceProcess {

    private final Path dir;
    private final Path gcLog;
    private final Map<String, String> tokenKeys;
    private final Variant variant;
    private final int httpPort;
    private Process process;

    /** When the service first answered on HTTP, and which readiness checks were down at its last "not ready". */
    private long answeringAfterMillis = -1;

    private String lastChecksDown;

    /**
     * {@code tokenKeys}: the service's settings for its key files ({@link Tokens#serviceProperties()} and the personal
     * data keys); {@code variant}: its jar and JVM flags.
     */
    ServiceProcess(Path dir, Path gcLog, Map<String, String> tokenKeys, Variant variant, int httpPort) {
        this.dir = dir;
        this.gcLog = gcLog;
        this.tokenKeys = tokenKeys;
        this.variant = variant;
        this.httpPort = httpPort;
    }

    Variant variant() {
        return variant;
    }

    /** Starts the service and waits until it is ready: the milliseconds that took. */
    long start(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments(variant.jvmFlags()));
        aotCache(variant.jar()).ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
        // Each command step reports the service's GC pauses from this log (are the latency spikes collections?), and
        // from its heap lines what young collections moved into the old generation, which fills up for a full one.
        command.add("-Xlog:gc,gc+heap=info,gc+phases=info:file=" + gcLog);
        // e.g. -Dbench.service-jvm-args=-XX:StartFlightRecording=filename=target/benchmark/service.jfr
        var extra = System.getProperty("bench.service-jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(arguments(extra));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                "-Dquarkus.datasource.username=" + EmbeddedPostgresServer.USER,
                "-Dquarkus.datasource.password=" + EmbeddedPostgresServer.USER,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dprakerja.kafka.replication-factor=1",
                "-Dprakerja.bootstrap-admin.email=" + Settings.ADMIN_EMAIL,
                "-Dprakerja.bootstrap-admin.password=" + Settings.ADMIN_PASSWORD,
                "-Dquarkus.log.level=WARN",
                // An A/B run's older baseline finds the candidate's later migrations applied (the seeder appends with
                // the candidate's code) and passes over them.
                "-Dquarkus.flyway.ignore-migration-patterns=*:future"));
        tokenKeys.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", variant.jar().toString()));
        answeringAfterMillis = -1;
        long start = System.nanoTime();
        var processBuilder = new ProcessBuilder(command);
        // As the image sets it: two malloc arenas instead of eight per core for the JVM's native allocations.
        processBuilder.environment().put("MALLOC_ARENA_MAX", "2");
        process = processBuilder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("service.log").toFile()))
                .start();
        awaitReady(start);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Service ready after " + millis + " ms");
        return millis;
    }

    private void awaitReady(long start) throws InterruptedException {
        var client = HttpClient.newHttpClient();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " before it was"
                        + " ready; see " + dir.resolve("service.log"));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready"))
                                .build(),
                        BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                if (answeringAfterMillis < 0) {
                    answeringAfterMillis = (System.nanoTime() - start) / 1_000_000;
                }
                lastChecksDown = checksDown(response.body());
            } catch (IOException notYet) {
                // The service is still starting.
            }
            Thread.sleep(20);
        }
    }

    /** JVM arguments written as one string, separated by any whitespace. */
    private static List<String> arguments(String written) {
        return List.of(written.trim().split("\\s+"));
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Milliseconds from the last start to the service's first HTTP answer, or -1 if that was "ready" already. */
    long answeringAfterMillis() {
        return answeringAfterMillis;
    }

    String lastChecksDown() {
        return lastChecksDown;
    }

    private static String checksDown(String health) {
        try {
            return new JsonObject(health)
                    .getJsonArray("checks").stream()
                            .map(JsonObject.class::cast)
                            .filter(check -> !"UP".equals(check.getString("status")))
                            .map(check -> check.getString("name"))
                            .toList()
                            .toString();
        } catch (RuntimeException notHealthJson) {
            return "(not a health answer)";
        }
    }

    /**
     * The Leyden AOT cache that {@code ./mvnw verify -Paot} trained on JDK 25+ beside the jar, as the image starts
     * from it; only if it is younger than the jar (an older one belongs to another build, which the JVM would refuse
     * with a warning).
     */
    static Optional<Path> aotCache(Path jar) throws IOException {
        var cache = jar.resolveSibling("app.aot");
        boolean usable = Runtime.version().feature() >= 25
                && Files.exists(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0;
        return usable ? Optional.of(cache) : Optional.empty();
    }
}
