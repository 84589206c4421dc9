package id.go.prakerja.testing;

import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged service as a process of its own, on the tests' real PostgreSQL and Kafka, started as production starts
 * it: for what only separate processes show (several instances, a kill, a SIGTERM).
 */
public final class PackagedInstance implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Process process;
    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedInstance(String name, Process process, URI base) {
        this.name = name;
        this.process = process;
        this.base = base;
    }

    /** Starts an instance and waits until it is ready; its output goes to {@code target/instance-<name>.log}. */
    public static PackagedInstance start(String name, Map<String, String> settings) {
        int port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        var jvmFlags = System.getProperty("quarkus.test.arg-line", "").trim();
        if (!jvmFlags.isEmpty()) {
            command.addAll(Arrays.asList(jvmFlags.split("\\s+")));
        }
        new RealInfrastructure().start().forEach((key, value) -> command.add("-D" + key + "=" + value));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(JAR.toString());
        try {
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            Path.of("target", "instance-" + name + ".log").toFile())
                    .start();
            var instance = new PackagedInstance(name, process, URI.create("http://localhost:" + port));
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(instance::ready);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("Instance " + name + " did not start", e);
        }
    }

    public String name() {
        return name;
    }

    public boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Instance " + name + " exited with " + process.exitValue());
        }
        try {
            return send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Registers a new participant; the id when the service acknowledged it with 201, else null. */
    public UUID register() {
        var body = new JsonObject(Participants.registration(Participants.uniqueEmail(), "rahasia-sekali-123"));
        try {
            var response = send(HttpRequest.newBuilder(base.resolve("/api/v1/registrations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.encode())));
            return response.statusCode() == 201
                    ? UUID.fromString(new JsonObject(response.body()).getString("participantId"))
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** SIGKILL, as a crash or an out-of-memory kill would end it. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as Kubernetes stops a pod; answers how long the process took to exit. */
    public Duration terminate(Duration atMost) {
        long start = System.nanoTime();
        process.destroy();
        waitForExit(atMost);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void waitForExit(Duration atMost) {
        try {
            process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(30));
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
