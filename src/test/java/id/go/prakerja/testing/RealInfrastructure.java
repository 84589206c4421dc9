package id.go.prakerja.testing;

import id.go.prakerja.local.EmbeddedKafkaBroker;
import id.go.prakerja.local.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts one real PostgreSQL and one real Kafka broker per test JVM, shared by every test class, and points the
 * service at them. They stop when the JVM exits.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    @Override
    public Map<String, String> start() {
        startOnce();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.USER,
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application so that tests with other profiles reuse them.
    }

    /** The shared broker, for tests that take Kafka away for a while. */
    public static synchronized EmbeddedKafkaBroker kafka() {
        startOnce();
        return kafka;
    }

    public static synchronized String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    private static synchronized void startOnce() {
        if (postgres != null) {
            return;
        }
        var workDirectory = Path.of(
                System.getProperty("java.io.tmpdir"),
                "real-infrastructure-" + ProcessHandle.current().pid());
        postgres = EmbeddedPostgresServer.start(null, 0);
        kafka = EmbeddedKafkaBroker.start(workDirectory.resolve("kafka"), 0);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.close();
                            postgres.close();
                        },
                        "real-infrastructure-shutdown"));
    }
}
