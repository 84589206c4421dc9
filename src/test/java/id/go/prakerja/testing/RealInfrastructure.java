package id.go.prakerja.testing;

import id.go.prakerja.local.EmbeddedKafkaBroker;
import id.go.prakerja.local.EmbeddedPostgresServer;
import id.go.prakerja.local.PersonalDataKeys;
import id.go.prakerja.local.TokenKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Starts one real PostgreSQL and one real Kafka broker per test JVM, shared by every test class, and points the
 * service at them. They stop when the JVM exits.
 *
 * <p>Each test profile loads this class again in a class loader of its own, so what the servers are is kept where
 * every loader sees it: their addresses in system properties, the broker's controls in the platform MBean server.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final String KEY = RealInfrastructure.class.getName();
    private static final String CONTROL_MBEAN = "id.go.prakerja.testing:type=RealInfrastructure,name=control";

    @Override
    public Map<String, String> start() {
        var servers = servers();
        var settings = new java.util.HashMap<>(TokenKeys.in(keysDirectory()));
        settings.putAll(PersonalDataKeys.in(keysDirectory()));
        settings.putAll(Map.of(
                "quarkus.datasource.jdbc.url",
                (String) servers.get("jdbcUrl"),
                "quarkus.datasource.reactive.url",
                (String) servers.get("reactiveUrl"),
                "quarkus.datasource.username",
                EmbeddedPostgresServer.USER,
                "quarkus.datasource.password",
                EmbeddedPostgresServer.USER,
                "kafka.bootstrap.servers",
                kafkaBootstrapServers(),
                // One broker; the packaged application under test runs its production profile.
                "prakerja.kafka.replication-factor",
                "1"));
        return settings;
    }

    /** Where the test run's token keys are: one pair for every test profile of this JVM. */
    public static Path keysDirectory() {
        return Path.of(
                System.getProperty("java.io.tmpdir"),
                "token-keys-" + ProcessHandle.current().pid());
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application so that tests with other profiles reuse them.
    }

    public static String kafkaBootstrapServers() {
        return servers().get("bootstrapServers");
    }

    /** Takes the broker away, as an outage would; {@link #startKafka()} brings it back with its data. */
    public static void stopKafka() {
        control("stopKafka");
    }

    public static void startKafka() {
        control("startKafka");
    }

    /** Stops the database server, as an outage would; {@link #startPostgres()} brings it back on its port. */
    public static void stopPostgres() {
        control("stopPostgres");
    }

    public static void startPostgres() {
        control("startPostgres");
    }

    /** Stops and starts the servers of whichever class loader started them, through the JVM-wide MBean server. */
    public interface ControlMBean {
        void stopKafka();

        void startKafka();

        void stopPostgres();

        void startPostgres();
    }

    private static void control(String operation) {
        servers();
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(CONTROL_MBEAN), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("The test infrastructure could not " + operation, e);
        }
    }

    /** Connection settings as plain strings in the system properties, which every class loader sees. */
    private static Map<String, String> servers() {
        var properties = System.getProperties();
        synchronized (properties) {
            if (System.getProperty(KEY + ".bootstrapServers") == null) {
                startServers();
            }
            return Map.of(
                    "jdbcUrl", System.getProperty(KEY + ".jdbcUrl"),
                    "reactiveUrl", System.getProperty(KEY + ".reactiveUrl"),
                    "bootstrapServers", System.getProperty(KEY + ".bootstrapServers"));
        }
    }

    private static void startServers() {
        var workDirectory = Path.of(
                System.getProperty("java.io.tmpdir"),
                "real-infrastructure-" + ProcessHandle.current().pid());
        var postgresData = workDirectory.resolve("postgres");
        var postgres = new AtomicReference<>(EmbeddedPostgresServer.start(postgresData, 0));
        var postgresPort = postgres.get().port();
        var kafka = EmbeddedKafkaBroker.start(workDirectory.resolve("kafka"), 0);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.close();
                            var server = postgres.getAndSet(null);
                            if (server != null) {
                                server.close();
                            }
                        },
                        "real-infrastructure-shutdown"));
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .registerMBean(
                            new StandardMBean(
                                    new ControlMBean() {
                                        @Override
                                        public void stopKafka() {
                                            kafka.stop();
                                        }

                                        @Override
                                        public void startKafka() {
                                            kafka.startServer();
                                        }

                                        @Override
                                        public void stopPostgres() {
                                            postgres.getAndSet(null).close();
                                        }

                                        @Override
                                        public void startPostgres() {
                                            postgres.set(EmbeddedPostgresServer.start(postgresData, postgresPort));
                                        }
                                    },
                                    ControlMBean.class),
                            new ObjectName(CONTROL_MBEAN));
        } catch (JMException e) {
            throw new IllegalStateException("The test infrastructure control could not be registered", e);
        }
        System.setProperty(KEY + ".jdbcUrl", postgres.get().jdbcUrl());
        System.setProperty(KEY + ".reactiveUrl", postgres.get().reactiveUrl());
        System.setProperty(KEY + ".bootstrapServers", kafka.bootstrapServers());
    }
}
