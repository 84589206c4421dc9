package id.go.prakerja.bench;

import id.go.prakerja.local.EmbeddedKafkaBroker;
import id.go.prakerja.local.EmbeddedPostgresServer;
import id.go.prakerja.local.PersonalDataKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * One variant's own world: its PostgreSQL, Kafka broker, service process and the harness's clients of them. An A/B
 * run keeps two side by side, so that neither variant's log, projections or topics are the other's, and each one's
 * CPU, statements and GC are counted apart.
 */
final class Stack implements AutoCloseable {

    final Variant variant;
    final EmbeddedPostgresServer postgres;
    final EmbeddedKafkaBroker kafka;
    final Clients clients;
    final GcLog gcLog;
    final ServiceProcess service;
    final ProcessUsage usage;
    final PostgresStatistics statistics;
    final Tokens tokens;
    final Map<String, String> personalDataKeys;

    private Stack(
            Variant variant,
            EmbeddedPostgresServer postgres,
            EmbeddedKafkaBroker kafka,
            Clients clients,
            GcLog gcLog,
            ServiceProcess service,
            PostgresStatistics statistics,
            Tokens tokens,
            Map<String, String> personalDataKeys,
            Path postgresData) {
        this.variant = variant;
        this.postgres = postgres;
        this.kafka = kafka;
        this.clients = clients;
        this.gcLog = gcLog;
        this.service = service;
        this.usage = new ProcessUsage(service, postgresData);
        this.statistics = statistics;
        this.tokens = tokens;
        this.personalDataKeys = personalDataKeys;
    }

    /** Starts the variant's PostgreSQL (with its schema) and broker in {@code dir}; its service is started later. */
    static Stack open(Path dir, Variant variant, int httpPort, Report report) throws Exception {
        Files.createDirectories(dir);
        var gcLog = new GcLog(dir.resolve("service-gc.log").toAbsolutePath());
        var tokens = new Tokens(dir.resolve("jwt"));
        var personalDataKeys = PersonalDataKeys.in(dir.resolve("personal-data-keys"));
        var serviceProperties = new HashMap<>(tokens.serviceProperties());
        serviceProperties.putAll(personalDataKeys);
        var postgresData = dir.resolve("postgres");
        var postgres =
                EmbeddedPostgresServer.start(postgresData, 0, Map.of("shared_preload_libraries", "pg_stat_statements"));
        var kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        var clients = Clients.connect(postgres, httpPort);
        // The schema comes first: the data set is appended before the service (whose Flyway would find it current).
        // An older baseline finds the candidate's later migrations applied; ServiceProcess tells it to pass them over.
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.USER)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var statistics = new PostgresStatistics(clients.pool(), report);
        statistics.enable();
        var service = new ServiceProcess(dir, gcLog.file(), serviceProperties, variant, httpPort);
        return new Stack(
                variant, postgres, kafka, clients, gcLog, service, statistics, tokens, personalDataKeys, postgresData);
    }

    long startService() throws Exception {
        return service.start(postgres, kafka);
    }

    /** Stops everything, each part even when one before it failed. */
    @Override
    public void close() throws Exception {
        try {
            service.stop();
        } finally {
            try {
                clients.vertx()
                        .close()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
            } finally {
                try {
                    kafka.close();
                } finally {
                    postgres.close();
                }
            }
        }
    }
}
