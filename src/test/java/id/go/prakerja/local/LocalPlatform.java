package id.go.prakerja.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the packaged service on its embedded defaults: a real PostgreSQL and a real Kafka broker started here, the
 * service as a child JVM configured exactly as production is, through its standard properties. Ctrl-C stops the
 * service first, then the broker and the database, so nothing is left running.
 */
public final class LocalPlatform {

    private static final Logger LOG = Logger.getLogger(LocalPlatform.class.getName());

    private LocalPlatform() {}

    private static final String LOCAL_ADMIN = "admin@prakerja.local";

    public static void main(String[] args) throws Exception {
        var dataDirectory = Path.of(System.getProperty("local.data-dir", ".local-data"))
                .toAbsolutePath()
                .normalize();
        var applicationJar = Path.of(System.getProperty("local.application-jar", "target/quarkus-app/quarkus-run.jar"));
        int postgresPort = Integer.getInteger("local.postgres-port", 54320);
        int kafkaPort = Integer.getInteger("local.kafka-port", 19092);
        Files.createDirectories(dataDirectory);
        LOG.info("Local data lives in " + dataDirectory + " (delete it to start from scratch)");

        var postgres = EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), postgresPort);
        var kafka = EmbeddedKafkaBroker.start(dataDirectory.resolve("kafka"), kafkaPort);
        LOG.info("PostgreSQL on port " + postgres.port() + ", Kafka on " + kafka.bootstrapServers());

        var command = serviceCommand(applicationJar, postgres, kafka);
        TokenKeys.in(dataDirectory.resolve("token-keys"))
                .forEach((name, value) -> command.add(command.size() - 2, "-D" + name + "=" + value));
        PersonalDataKeys.in(dataDirectory.resolve("personal-data-keys"))
                .forEach((name, value) -> command.add(command.size() - 2, "-D" + name + "=" + value));
        var adminMarker = dataDirectory.resolve("bootstrap-admin-created");
        if (!Files.exists(adminMarker)) {
            // The first run creates an admin and says its password once; the account lives on in the event log.
            var password = UUID.randomUUID().toString();
            command.add(command.size() - 2, "-Dprakerja.bootstrap-admin.email=" + LOCAL_ADMIN);
            command.add(command.size() - 2, "-Dprakerja.bootstrap-admin.password=" + password);
            Files.writeString(adminMarker, LOCAL_ADMIN + "\n");
            LOG.info("Operator console sign-in: " + LOCAL_ADMIN + " / " + password
                    + " (shown this once; change it with a password reset)");
        }
        var service = new ProcessBuilder(command).inheritIO().start();
        var partners = Boolean.parseBoolean(System.getProperty("local.sandbox", "true"))
                ? SandboxPartners.start(
                        kafka.bootstrapServers(),
                        "prakerja-sandbox-partners",
                        SandboxPartners.Rules.fromSystemProperties())
                : null;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (partners != null) {
                                partners.close();
                            }
                            stopAll(service, kafka, postgres);
                        },
                        "local-platform-shutdown"));
        int exitCode = service.waitFor();
        System.exit(exitCode);
    }

    private static List<String> serviceCommand(
            Path applicationJar, EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl());
        command.add("-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl());
        command.add("-Dquarkus.datasource.username=" + EmbeddedPostgresServer.USER);
        command.add("-Dquarkus.datasource.password=" + EmbeddedPostgresServer.USER);
        command.add("-Dkafka.bootstrap.servers=" + kafka.bootstrapServers());
        command.add("-Dprakerja.kafka.replication-factor=1");
        command.add("-Dprakerja.notifications.log-to-console=true");
        command.add("-Dprakerja.catalog.seed-on-start=true");
        command.add("-jar");
        command.add(applicationJar.toString());
        return command;
    }

    private static void stopAll(Process service, EmbeddedKafkaBroker kafka, EmbeddedPostgresServer postgres) {
        try {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            service.destroyForcibly();
        }
        quietly(kafka::close, "Kafka");
        quietly(postgres::close, "PostgreSQL");
        LOG.info("Local platform stopped");
    }

    private static void quietly(Runnable stop, String what) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            // A Ctrl-C reaches the servers' own processes too; one already stopped is not an error worth a trace.
            LOG.warning(what + " stopped with: " + e.getMessage());
        }
    }
}
