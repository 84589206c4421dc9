package id.go.prakerja.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.prakerja.catalog.CatalogService;
import id.go.prakerja.catalog.TrainingDetails;
import id.go.prakerja.catalog.TrainingEvent;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.local.EmbeddedKafkaBroker;
import id.go.prakerja.local.EmbeddedPostgresServer;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.participant.TrainingOffer;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The benchmark behind BENCHMARKS.md: the PostgreSQL ceiling, then the packaged service on the same PostgreSQL and
 * Kafka, in one run, so that ratios hold on a shared machine. Load is open-loop (requests start at their scheduled
 * time, whatever the service does) and latency counts from the scheduled start, which corrects for coordinated
 * omission; HdrHistogram records it.
 */
public final class Benchmark {

    private static final int CLIENTS = 64;
    private static final int HTTP_PORT = Integer.getInteger("bench.http-port", 18080);
    private static final Duration STEP = Duration.ofSeconds(Integer.getInteger("bench.step-seconds", 10));
    private static final Duration QUERY_DURATION =
            Duration.ofSeconds(Integer.getInteger("bench.query-seconds", (int) STEP.toSeconds()));
    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1_000_000);
    private static final long P99_LIMIT_MICROS = 100_000;
    /**
     * Starts on the settled log (after the first, on the fresh load), each stopped once ready but the last: a start is
     * a few seconds on shared cores, and several show its spread. Each finds nearly the whole log still waiting.
     */
    private static final int STARTS = Integer.getInteger("bench.starts", 3);
    /** The phases after the catch-up to run; a subset shortens a measurement of one of them. */
    private static final List<String> PHASES = List.of(
            System.getProperty("bench.phases", "commands,queries,rebuild").split(","));
    /** The service's heap and collector: the image's (the pom's {@code service.jvm-flags}) unless overridden. */
    private static final String SERVICE_JVM_FLAGS =
            System.getProperty("bench.service-jvm-flags", System.getProperty("service.jvm-flags"));

    private static final Path JAR =
            Path.of(System.getProperty("local.application-jar", "target/quarkus-app/quarkus-run.jar"));

    private final Path dir;
    private final StringBuilder report = new StringBuilder();
    private final List<String> svgSeries = new ArrayList<>();
    private Vertx vertx;
    private io.vertx.sqlclient.Pool pool;
    private WebClient http;
    /** The query load's client: plain Vert.x HTTP costs the shared cores less per request than the web client. */
    private io.vertx.core.http.HttpClient queryHttp;

    private Process service;

    private Benchmark(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        var dir = Path.of(System.getProperty("bench.dir", "target/benchmark"));
        deleteRecursively(dir);
        Files.createDirectories(dir);
        var benchmark = new Benchmark(dir);
        try {
            benchmark.run();
        } catch (Exception failure) {
            // Without the exit, the harness's Vert.x threads would keep exec:java waiting for ever.
            failure.printStackTrace();
            benchmark.stopService();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        line("# Benchmark run " + Instant.now());
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() / (1 << 20)) + " MiB max heap of the harness; participants: "
                + PARTICIPANTS + "; step: " + STEP.toSeconds() + " s");
        line("");
        try (var postgres = EmbeddedPostgresServer.start(
                        dir.resolve("postgres"), 0, Map.of("shared_preload_libraries", "pg_stat_statements"));
                var kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            vertx = Vertx.vertx();
            var options = PgConnectOptions.fromUri(postgres.reactiveUrl())
                    .setUser(EmbeddedPostgresServer.USER)
                    .setPassword(EmbeddedPostgresServer.USER)
                    .setCachePreparedStatements(true);
            pool = PgBuilder.pool()
                    .with(new PoolOptions().setMaxSize(CLIENTS))
                    .connectingTo(options)
                    .using(vertx)
                    .build();
            http = WebClient.create(
                    vertx, new WebClientOptions().setMaxPoolSize(CLIENTS).setKeepAlive(true));
            queryHttp = vertx.createHttpClient(
                    new HttpClientOptions()
                            .setKeepAlive(true)
                            .setDefaultHost("localhost")
                            .setDefaultPort(HTTP_PORT),
                    new io.vertx.core.http.PoolOptions().setHttp1MaxSize(CLIENTS));

            // The schema comes first: the data set is appended before the service (whose Flyway would find it current).
            org.flywaydb.core.Flyway.configure()
                    .dataSource(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.USER)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            await(pool.query("create extension if not exists pg_stat_statements")
                    .execute());
            line("PostgreSQL settings: " + settings() + ".");
            line("");
            double ceiling = ceiling();
            line("## Ceiling");
            line("");
            line("Single-row appends (same table shape and indexes as `events`), one transaction each, " + CLIENTS
                    + " connections of the Vert.x client: **" + Math.round(ceiling) + " tx/s**.");
            line("");
            // A deployment's very first start creates the Kafka topics and the consumer group. That is not what the
            // first start after a bulk load is to measure, so a start on the empty log comes first and does it.
            long firstEverStartup = startService(postgres, kafka);
            stopService();
            seed();
            long freshStartup = startService(postgres, kafka);
            stopService();
            settle();
            var startups = new ArrayList<Long>();
            for (int start = 1; start < STARTS; start++) {
                startups.add(startService(postgres, kafka));
                stopService();
            }
            startups.add(startService(postgres, kafka));
            catchUp();
            long idleRss = rss(service.pid());
            var relayStart = endOffsets(kafka);
            var commands = new CommandResult(0, null, 0, null, null, null);
            double ceilingAfterCommands = 0;
            if (PHASES.contains("commands")) {
                resetStatistics();
                commands = commands();
                topStatements("during the command steps");
                // The machine's speed drifts, within a run too (a ceiling of 20 000 tx/s and of 11 000 in one hour),
                // so the ratio is also given against the ceiling as it is right after the steps.
                ceilingAfterCommands = ceiling();
                line("The ceiling again, right after the command steps (the service idle): **"
                        + Math.round(ceilingAfterCommands) + " tx/s**.");
                line("");
            }
            if (PHASES.contains("queries")) {
                resetStatistics();
                queries();
                topStatements("during the queries");
            }
            if (PHASES.contains("commands")) {
                relayLag(kafka, relayStart, commands);
            }
            if (PHASES.contains("rebuild")) {
                resetStatistics();
                rebuild();
                topStatements("during the rebuild");
            }
            footprint(firstEverStartup, freshStartup, startups, idleRss, commands.rssUnderLoad);
            stopService();
            Files.writeString(dir.resolve("latency.svg"), svg());
            line("");
            line("Chart: `target/benchmark/latency.svg` (p50/p99 per second during the command steps).");
            line("Commands/s at the best step ÷ ceiling: "
                    + String.format("%.1f%%", 100 * commands.bestRate / ceiling)
                    + (ceilingAfterCommands > 0
                            ? String.format(
                                    "; ÷ the ceiling after the command steps: %.1f%%",
                                    100 * commands.bestRate / ceilingAfterCommands)
                            : ""));
        } finally {
            stopService();
            Files.writeString(dir.resolve("BENCHMARKS-run.md"), report.toString());
            System.out.println(report);
        }
    }

    private void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    // --- 1. ceiling -------------------------------------------------------------------------------------------------

    /** Single-row appends into a fresh copy of {@code events}, one transaction each, for one step: tx/s. */
    private double ceiling() throws Exception {
        await(pool.query("create table bench_events (like events including all)")
                .execute());
        var done = new AtomicBoolean();
        var count = new AtomicLong();
        var insert = "insert into bench_events (stream_id, stream_version, event_id, event_type, payload, metadata,"
                + " recorded_at) values ($1, 1, $2, 'ceiling.v1', '{\"a\":1}', '{}', now())";
        var latch = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            loop(
                    () -> pool.preparedQuery(insert).execute(Tuple.of("c-" + UUID.randomUUID(), UUID.randomUUID())),
                    done,
                    count,
                    latch);
        }
        Thread.sleep(STEP.toMillis());
        done.set(true);
        latch.await();
        double rate = count.get() / ((System.nanoTime() - start) / 1e9);
        // Gone once measured, so that no checkpoint or autovacuum works on it during the service's phases.
        await(pool.query("drop table bench_events").execute());
        return rate;
    }

    private void loop(
            java.util.function.Supplier<io.vertx.core.Future<?>> call,
            AtomicBoolean done,
            AtomicLong count,
            CountDownLatch latch) {
        if (done.get()) {
            latch.countDown();
            return;
        }
        call.get().onComplete(result -> {
            if (result.succeeded()) {
                count.incrementAndGet();
            }
            loop(call, done, count, latch);
        });
    }

    // --- service and data
    // ---------------------------------------------------------------------------------------------

    private long startService(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // e.g. -Dbench.service-jvm-args=-XX:StartFlightRecording=filename=target/benchmark/service.jfr
        command.addAll(List.of(SERVICE_JVM_FLAGS.split(" ")));
        aotCache().ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
        // Each command step reports the service's GC pauses from this log (are the latency spikes collections?), and
        // from its heap lines what young collections moved into the old generation, which fills up for a full one.
        command.add("-Xlog:gc,gc+heap=info:file=" + gcLog());
        var extra = System.getProperty("bench.service-jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.split(" ")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + HTTP_PORT,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                "-Dquarkus.datasource.username=" + EmbeddedPostgresServer.USER,
                "-Dquarkus.datasource.password=" + EmbeddedPostgresServer.USER,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dprakerja.kafka.replication-factor=1",
                "-Dquarkus.log.level=WARN",
                "-jar",
                JAR.toString()));
        answeringAfterMillis = -1;
        long start = System.nanoTime();
        var processBuilder = new ProcessBuilder(command);
        // As the image sets it: two malloc arenas instead of eight per core for the JVM's native allocations.
        processBuilder.environment().put("MALLOC_ARENA_MAX", "2");
        service = processBuilder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("service.log").toFile()))
                .start();
        var client = HttpClient.newHttpClient();
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited with " + service.exitValue() + " before it was"
                        + " ready; see " + dir.resolve("service.log"));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/q/health/ready"))
                                .build(),
                        BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    break;
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
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Service ready after " + millis + " ms");
        return millis;
    }

    /** When the service first answered on HTTP, and which readiness checks were down at its last "not ready". */
    private long answeringAfterMillis = -1;

    private String lastChecksDown;

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
    private static Optional<Path> aotCache() throws IOException {
        var cache = JAR.resolveSibling("app.aot");
        boolean usable = Runtime.version().feature() >= 25
                && Files.exists(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(JAR)) > 0;
        return usable ? Optional.of(cache) : Optional.empty();
    }

    private static final int SEED_CHUNK = 250;
    private long seededEvents;
    private UUID trainingId;
    private final ConcurrentLinkedQueue<UUID> idle = new ConcurrentLinkedQueue<>();

    /**
     * Participants who have come through the journey to a card and one cancelled purchase (ten events each), and one
     * training, appended through {@code EventStore.append} before the service starts: the service then has the whole
     * log to catch up on, as after a migration. Each transaction appends {@link #SEED_CHUNK} new streams, pipelined
     * on its connection.
     */
    private void seed() throws Exception {
        var mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var mutinyPool = io.vertx.mutiny.sqlclient.Pool.newInstance(pool);
        // Appended before the service starts: its catch-up finds them, nothing needs telling.
        var store = new EventStore(mutinyPool, () -> {});
        var participantTypes = EventTypeRegistry.of(ParticipantEvent.class, mapper, List.of());
        var trainingTypes = EventTypeRegistry.of(TrainingEvent.class, mapper, List.of());
        var metadata = EventMetadata.of("benchmark", null, "benchmark");
        var now = Instant.now();
        trainingId = UUID.randomUUID();
        var details = new TrainingDetails(
                "Pemasaran Digital",
                "Beban uji",
                TrainingDetails.Category.DIGITAL,
                "TOKOPEDIA",
                "Lembaga Uji",
                100_000,
                10,
                TrainingDetails.Delivery.ONLINE,
                List.of("Modul 1"),
                "Sertifikat",
                "Mandiri",
                "mentor@uji.id");
        store.append(
                        CatalogService.streamOf(trainingId),
                        ExpectedVersion.noStream(),
                        List.of(trainingTypes.toNewEvent(
                                new TrainingEvent.TrainingPublished(trainingId, details, now), metadata)),
                        now)
                .await()
                .atMost(Duration.ofSeconds(30));
        var offer = new TrainingOffer(
                trainingId,
                "Pemasaran Digital",
                "TOKOPEDIA",
                "Tokopedia",
                "https://tokopedia.test",
                "Lembaga Uji",
                100_000,
                10,
                "Mandiri",
                "mentor@uji.id",
                true);
        var batchId = UUID.randomUUID();
        long start = System.nanoTime();
        Multi.createFrom()
                .range(0, PARTICIPANTS / SEED_CHUNK)
                .onItem()
                .transformToUni(chunk -> mutinyPool.withTransaction(transaction -> {
                    var appends = new ArrayList<io.smallrye.mutiny.Uni<id.go.prakerja.eventstore.AppendResult>>();
                    for (int i = chunk * SEED_CHUNK; i < (chunk + 1) * SEED_CHUNK; i++) {
                        var id = UUID.randomUUID();
                        idle.add(id);
                        var purchaseId = UUID.randomUUID();
                        var events = List.<ParticipantEvent>of(
                                new ParticipantEvent.Registered(id, "p" + i + "@bench.id", "x", now),
                                new ParticipantEvent.EmailVerificationIssued("digest" + i, now, now),
                                new ParticipantEvent.EmailVerified(now),
                                new ParticipantEvent.ProfileCompleted(profile(i), now),
                                new ParticipantEvent.BasicTestTaken(1, 80, true, now),
                                new ParticipantEvent.BatchJoined(batchId, now),
                                new ParticipantEvent.CardIssued(
                                        batchId,
                                        String.format("6280%012d", i),
                                        "semi-bansos-2020",
                                        1_000_000_000L,
                                        now.plus(Duration.ofDays(30)),
                                        now),
                                new ParticipantEvent.TrainingPurchased(
                                        purchaseId, offer, String.format("V%09d", i), 1_000_000_000L - 100_000, now),
                                new ParticipantEvent.PurchaseCancelled(purchaseId, 100_000, 1_000_000_000L, now),
                                new ParticipantEvent.PurchaseDeadlineReminded(now.plus(Duration.ofDays(30)), now));
                        appends.add(store.append(
                                transaction,
                                ParticipantService.streamOf(id),
                                ExpectedVersion.noStream(),
                                events.stream()
                                        .map(e -> participantTypes.toNewEvent(e, metadata))
                                        .toList(),
                                now));
                    }
                    return io.smallrye.mutiny.Uni.join().all(appends).andFailFast();
                }))
                .merge(4)
                .collect()
                .last()
                .await()
                .atMost(Duration.ofHours(2));
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        seededEvents = PARTICIPANTS * 10L + 1;
        line("## Data set");
        line("");
        line(String.format(
                "%d participants with cards (10 events each: registration to a cancelled purchase), %d events,"
                        + " appended through `EventStore.append` (%d new streams per transaction, 4 transactions in"
                        + " flight) before the service starts: %.1f s, **%.0f events/s**.",
                PARTICIPANTS, seededEvents, SEED_CHUNK, appendSeconds, seededEvents / appendSeconds));
        line("");
    }

    /**
     * Finishes the migration as PostgreSQL's "Populating a Database" advises: statistics for the planner, the
     * visibility map, and the load's dirty pages written, instead of autovacuum and the checkpointer doing it while
     * the service starts.
     */
    private void settle() throws Exception {
        long start = System.nanoTime();
        await(pool.query("vacuum (analyze) events").execute());
        await(pool.query("checkpoint").execute());
        line(String.format(
                "Settled after the load (`vacuum (analyze) events`, `checkpoint`, as a migration ends): %.1f s.",
                (System.nanoTime() - start) / 1e9));
        line("");
    }

    /** How long each subscription of the freshly started service takes to work through the seeded log. */
    private void catchUp() throws Exception {
        long start = System.nanoTime();
        var caughtUp = new java.util.TreeMap<String, Double>();
        while (true) {
            var status = subscriptions();
            for (int i = 0; i < status.size(); i++) {
                var subscription = status.getJsonObject(i);
                if (subscription.getLong("lag") == 0) {
                    caughtUp.putIfAbsent(subscription.getString("name"), (System.nanoTime() - start) / 1e9);
                }
            }
            if (!status.isEmpty() && caughtUp.size() == status.size()) {
                break;
            }
            Thread.sleep(500);
        }
        line("## Catch-up after start (every subscription over the seeded log, all at once)");
        line("");
        line("Service GC pauses since its start (count, total ms, longest ms): " + gcPauses() + ".");
        line("");
        line("| subscription | caught up after s | events/s |");
        line("| --- | ---: | ---: |");
        caughtUp.forEach((name, seconds) -> line(String.format(
                "| %s | %.1f | %.0f |", name, seconds, seconds < 1 ? Double.NaN : seededEvents / seconds)));
        line("");
    }

    private static Profile profile(int i) {
        return new Profile(
                "Peserta Uji " + i,
                "32010154039" + String.format("%05d", i % 100000),
                "3201010101010001",
                LocalDate.of(1995, 3, 14),
                "Bandung",
                Profile.Sex.FEMALE,
                "WNI",
                "+628123456789",
                new Profile.Address("Jawa Barat", "Bandung", "Coblong", "Dago", "Jl. Uji", "40135"),
                "SMA",
                Profile.Occupation.LAID_OFF,
                false,
                List.of(),
                null);
    }

    private io.vertx.core.json.JsonArray subscriptions() throws Exception {
        return await(http.get(HTTP_PORT, "localhost", "/api/v1/operator/projections")
                        .send())
                .bodyAsJsonArray();
    }

    /** Waits until the subscription's lag is 0 and returns the head position. */
    private long awaitProjection(String name) throws Exception {
        while (true) {
            var status = subscriptions();
            for (int i = 0; i < status.size(); i++) {
                var subscription = status.getJsonObject(i);
                if (subscription.getString("name").equals(name) && subscription.getLong("lag") == 0) {
                    return subscription.getLong("headPosition");
                }
            }
            Thread.sleep(200);
        }
    }

    // --- 2. commands
    // --------------------------------------------------------------------------------------------------

    /**
     * The best step, when the reported steps began and when the best one ran (wall clock, as the events'
     * {@code ce_time}): the relay lag is split by them.
     */
    record CommandResult(
            double bestRate,
            Histogram best,
            long rssUnderLoad,
            Instant stepsStart,
            Instant bestStepStart,
            Instant bestStepEnd) {}

    private CommandResult commands() throws Exception {
        line("## Commands (purchase + cancellation cycles, open loop, " + CLIENTS + " connections)");
        line("");
        line("| offered cycles/s (2 commands each) | achieved commands/s | p50 ms | p99 ms | p99.9 ms | errors |"
                + " CPU service | CPU PostgreSQL | CPU harness + broker | PostgreSQL checkpoints | autovacuum runs |"
                + " service GC pauses (count, total ms, longest ms) | promoted to the old generation, MiB |");
        line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        double bestRate = 0;
        Histogram best = null;
        // The lag is the target's "at the command rate above": kept per step, so that the step that failed (the
        // machine past saturation, p50 in the hundreds of ms) does not decide it.
        Histogram bestLag = null;
        var sustainedLag = microseconds();
        Histogram failedLag = null;
        // A freshly started JVM compiles its hot paths during the first seconds of load; that is not reported.
        openLoop(50, microseconds());
        svgSeries.clear();
        var stepsStart = Instant.now();
        long rss = 0;
        Instant bestStepStart = null;
        Instant bestStepEnd = null;
        for (int rate : new int[] {50, 100, 150, 200, 250, 300, 400, 500, 600, 700, 800, 1000, 1300, 1600, 2000}) {
            var cpuBefore = cpuTicks();
            var backgroundBefore = background();
            gcPauses();
            long wallBefore = System.nanoTime();
            var stepLag = microseconds();
            var stepStart = Instant.now();
            var step = openLoop(rate, stepLag);
            var stepEnd = Instant.now();
            var cpu = cpuShares(cpuBefore, System.nanoTime() - wallBefore);
            var gc = gcSinceLastCall();
            var backgroundAfter = background();
            rss = Math.max(rss, rss(service.pid()));
            line(String.format(
                    "| %d | %.0f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %d | %d | %s | %s |",
                    rate,
                    step.achieved,
                    ms(step.latency, 50),
                    ms(step.latency, 99),
                    ms(step.latency, 99.9),
                    step.errors,
                    cpu[0],
                    cpu[1],
                    cpu[2],
                    backgroundAfter[0] - backgroundBefore[0],
                    backgroundAfter[1] - backgroundBefore[1],
                    gc.pauses(),
                    gc.promoted()));
            if (step.latency.getValueAtPercentile(99) > P99_LIMIT_MICROS || step.errors > 0) {
                failedLag = stepLag;
                break;
            }
            bestRate = step.achieved;
            best = step.latency;
            bestLag = stepLag;
            bestStepStart = stepStart;
            bestStepEnd = stepEnd;
            synchronized (stepLag) {
                sustainedLag.add(stepLag);
            }
        }
        line("");
        line("Highest sustained rate with p99 ≤ 100 ms and no errors: **" + Math.round(bestRate) + " commands/s**.");
        line("");
        line("Projection lag (command response → overview shows its version; 1 in 20 commands): " + lag(bestLag)
                + " at the highest sustained rate; " + lag(sustainedLag) + " over every step up to it; "
                + lag(failedLag) + " in the step that failed.");
        line("");
        return new CommandResult(bestRate, best, rss, stepsStart, bestStepStart, bestStepEnd);
    }

    /** Microseconds up to an hour, three significant digits: every latency and lag of the harness. */
    private static Histogram microseconds() {
        return new Histogram(3_600_000_000L, 3);
    }

    private static String lag(Histogram lag) {
        if (lag == null) {
            return "none measured";
        }
        synchronized (lag) {
            return lag.getTotalCount() == 0
                    ? "none measured"
                    : String.format("p50 %.1f ms, p99 %.1f ms", ms(lag, 50), ms(lag, 99));
        }
    }

    record Step(double achieved, Histogram latency, long errors) {}

    private Step openLoop(int rate, Histogram projectionLag) throws Exception {
        var recorder = new Recorder(3);
        var total = microseconds();
        var errors = new AtomicLong();
        var completed = new AtomicLong();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + STEP.toNanos();
        var series = new StringBuilder();
        long nextSecond = start + 1_000_000_000L;
        long sequence = 0;
        var inFlight = new ArrayList<CompletableFuture<Void>>();
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            while (start + sequence * intervalNanos <= now) {
                long intended = start + sequence * intervalNanos;
                boolean sample = sequence % 20 == 0;
                inFlight.add(command(intended, recorder, errors, completed, sample ? projectionLag : null));
                sequence++;
            }
            if (now >= nextSecond) {
                var interval = recorder.getIntervalHistogram();
                total.add(interval);
                series.append(String.format("%d,%.1f,%.1f;", rate, ms(interval, 50), ms(interval, 99)));
                nextSecond += 1_000_000_000L;
            }
            Thread.sleep(0, 200_000);
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        total.add(recorder.getIntervalHistogram());
        svgSeries.add(series.toString());
        return new Step(completed.get() / (STEP.toNanos() / 1e9), total, errors.get());
    }

    /** A purchase, then its cancellation, each one command; both latencies count from the scheduled start. */
    private CompletableFuture<Void> command(
            long intended, Recorder recorder, AtomicLong errors, AtomicLong completed, Histogram projectionLag) {
        var result = new CompletableFuture<Void>();
        var participant = idle.poll();
        if (participant == null) {
            errors.incrementAndGet();
            result.complete(null);
            return result;
        }
        http.post(HTTP_PORT, "localhost", "/api/v1/participants/" + participant + "/purchases")
                .sendJsonObject(new JsonObject().put("trainingId", trainingId.toString()))
                .onComplete(purchase -> {
                    long done = System.nanoTime();
                    if (purchase.failed() || purchase.result().statusCode() != 201) {
                        errors.incrementAndGet();
                        idle.add(participant);
                        result.complete(null);
                        return;
                    }
                    recorder.recordValue((done - intended) / 1000);
                    completed.incrementAndGet();
                    var body = purchase.result().bodyAsJsonObject();
                    if (projectionLag != null) {
                        awaitVersion(participant, body.getLong("version"), done, projectionLag);
                    }
                    long cancelStart = System.nanoTime();
                    http.post(
                                    HTTP_PORT,
                                    "localhost",
                                    "/api/v1/participants/" + participant + "/purchases/" + body.getString("purchaseId")
                                            + "/cancellation")
                            .send()
                            .onComplete(cancel -> {
                                if (cancel.failed() || cancel.result().statusCode() != 200) {
                                    errors.incrementAndGet();
                                } else {
                                    recorder.recordValue((System.nanoTime() - cancelStart) / 1000);
                                    completed.incrementAndGet();
                                }
                                idle.add(participant);
                                result.complete(null);
                            });
                });
        return result;
    }

    private void awaitVersion(UUID participant, long version, long since, Histogram lag) {
        pool.preparedQuery("select version from participant_overview where participant_id = $1")
                .execute(Tuple.of(participant))
                .onSuccess(rows -> {
                    if (rows.iterator().next().getLong("version") >= version) {
                        synchronized (lag) {
                            lag.recordValue((System.nanoTime() - since) / 1000);
                        }
                    } else {
                        vertx.setTimer(1, id -> awaitVersion(participant, version, since, lag));
                    }
                });
    }

    // --- 3. queries
    // ---------------------------------------------------------------------------------------------------

    private void queries() throws Exception {
        var ids = new ArrayList<>(idle);
        // As for the commands, the first seconds compile the query path and are not reported.
        queryLoad(ids, STEP);
        var cpuBefore = cpuTicks();
        long start = System.nanoTime();
        var load = queryLoad(ids, QUERY_DURATION);
        var cpu = cpuShares(cpuBefore, System.nanoTime() - start);
        line("## Queries (`GET /participants/{id}` and `/balance`, " + CLIENTS + " clients, closed loop)");
        line("");
        line(String.format(
                "**%.0f requests/s**, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms over %d participants, %d s; CPU:"
                        + " service %s, PostgreSQL %s, harness %s.",
                load.rate,
                ms(load.latency, 50),
                ms(load.latency, 99),
                ms(load.latency, 99.9),
                ids.size(),
                QUERY_DURATION.toSeconds(),
                cpu[0],
                cpu[1],
                cpu[2]));
        line("");
    }

    record QueryLoad(double rate, Histogram latency) {}

    private QueryLoad queryLoad(List<UUID> ids, Duration duration) throws Exception {
        var latency = microseconds();
        var done = new AtomicBoolean();
        var count = new AtomicLong();
        var latch = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int client = 0; client < CLIENTS; client++) {
            var next = new AtomicLong(client);
            loop(
                    () -> {
                        var id = ids.get((int) (next.getAndAdd(CLIENTS) % ids.size()));
                        var path = next.get() % 2 == 0
                                ? "/api/v1/participants/" + id
                                : "/api/v1/participants/" + id + "/balance";
                        long sent = System.nanoTime();
                        return queryHttp
                                .request(HttpMethod.GET, path)
                                .compose(HttpClientRequest::send)
                                .compose(response -> response.statusCode() == 200
                                        ? response.body()
                                        : Future.failedFuture("HTTP " + response.statusCode() + " for " + path))
                                .onSuccess(body -> {
                                    synchronized (latency) {
                                        latency.recordValue((System.nanoTime() - sent) / 1000);
                                    }
                                });
                    },
                    done,
                    count,
                    latch);
        }
        Thread.sleep(duration.toMillis());
        done.set(true);
        latch.await();
        return new QueryLoad(count.get() / ((System.nanoTime() - start) / 1e9), latency);
    }

    // --- 4. relay lag
    // -------------------------------------------------------------------------------------------------

    private static final String PARTICIPANT_TOPIC = "prakerja.participant-events.v1";

    private static Map<String, Object> consumerConfig(EmbeddedKafkaBroker kafka) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000);
    }

    /** Where the participant topic ends before the command steps, so that the relay lag counts their records only. */
    private static Map<TopicPartition, Long> endOffsets(EmbeddedKafkaBroker kafka) {
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig(kafka))) {
            var partitions = consumer.partitionsFor(PARTICIPANT_TOPIC).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    private void relayLag(EmbeddedKafkaBroker kafka, Map<TopicPartition, Long> from, CommandResult commands) {
        var lag = microseconds();
        var atBest = microseconds();
        var upToBest = microseconds();
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig(kafka))) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long quiet = 0;
            while (quiet < 5) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quiet = records.isEmpty() ? quiet + 1 : 0;
                for (var record : records) {
                    var type = header(record, "ce_type");
                    if ("training-purchased.v1".equals(type)) {
                        var time = Instant.parse(header(record, "ce_time"));
                        long micros = Math.max(0, record.timestamp() - time.toEpochMilli()) * 1000;
                        lag.recordValue(micros);
                        if (commands.bestStepEnd() != null
                                && !time.isBefore(commands.stepsStart())
                                && time.isBefore(commands.bestStepEnd())) {
                            upToBest.recordValue(micros);
                            if (!time.isBefore(commands.bestStepStart())) {
                                atBest.recordValue(micros);
                            }
                        }
                    }
                }
            }
        }
        line("## Relay");
        line("");
        line(String.format(
                "Relay lag (event time → record appended to Kafka, from the record's broker timestamp) of the"
                        + " purchases: p50 %.1f, p99 %.1f ms at the highest sustained rate (%d purchases); p50 %.1f,"
                        + " p99 %.1f ms over every step up to it; p50 %.1f, p99 %.1f ms over all %d of the phase, the"
                        + " unreported warm-up and the step that failed included.",
                ms(atBest, 50),
                ms(atBest, 99),
                atBest.getTotalCount(),
                ms(upToBest, 50),
                ms(upToBest, 99),
                ms(lag, 50),
                ms(lag, 99),
                lag.getTotalCount()));
        line("");
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // --- 5. rebuild and 6. footprint -------------------------------------------------------------------------------

    private void rebuild() throws Exception {
        long start = System.nanoTime();
        await(http.post(HTTP_PORT, "localhost", "/api/v1/operator/projections/participant-overview/rebuild")
                .send());
        long head = awaitProjection("participant-overview");
        double seconds = (System.nanoTime() - start) / 1e9;
        line("## Rebuild");
        line("");
        line(String.format(
                "The status projection rebuilt from position 0 over %d events in %.1f s: **%.0f events/s**.",
                head, seconds, head / seconds));
        line("");
    }

    private void footprint(
            long firstEverStartupMillis,
            long freshStartupMillis,
            List<Long> startupMillis,
            long idleRssKib,
            long loadRssKib)
            throws IOException {
        line("## Footprint (JVM mode, packaged jar, Java " + Runtime.version() + ", flags: `" + SERVICE_JVM_FLAGS
                + "`, AOT cache: "
                + aotCache()
                        .map(cache -> cache.getFileName() + " beside the jar")
                        .orElse("none") + ")");
        line("");
        var beforeReady = answeringAfterMillis < 0
                ? "its first HTTP answer was ready"
                : "the service answered on HTTP after " + answeringAfterMillis + " ms, with readiness checks down at"
                        + " its last answer before: " + lastChecksDown;
        var sorted = startupMillis.stream().sorted().toList();
        line("Startup to `/q/health/ready` = UP with the seeded log waiting: **" + sorted.get(sorted.size() / 2)
                + " ms**, the median of " + sorted.size() + " starts after the load settled ("
                + startupMillis.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + " ms; at the last start " + beforeReady + "); the first start, straight after the load with"
                + " autovacuum and the checkpointer still at work: " + freshStartupMillis + " ms; the very first"
                + " start, on the empty log and a fresh broker (it creates the topics and the consumer group): "
                + firstEverStartupMillis + " ms; RSS idle"
                + " after the catch-up: " + idleRssKib / 1024 + " MiB; highest during the command steps: "
                + loadRssKib / 1024 + " MiB; after the rebuild: " + rss(service.pid()) / 1024 + " MiB.");
        line("");
        line("The service's GC over the whole run: " + gcTotals() + ".");
    }

    /** Young and full collections of the whole run, with their pause time: a GC-bound phase shows here. */
    private String gcTotals() throws IOException {
        var lines = Files.readAllLines(gcLog());
        var young = GcPauses.of(lines, "Pause Young");
        var full = GcPauses.of(lines, "Pause Full");
        return String.format(
                "%d young pauses, %.1f s, %d full pauses, %.1f s",
                young.count, young.totalMillis / 1000, full.count, full.totalMillis / 1000);
    }

    private static final java.util.regex.Pattern GC_PAUSE = java.util.regex.Pattern.compile("Pause .* ([0-9.]+)ms$");

    /** The old generation before and after a collection, as the serial and the parallel collector log it. */
    private static final java.util.regex.Pattern OLD_GENERATION =
            java.util.regex.Pattern.compile("(?:Tenured|ParOldGen|PSOldGen): (\\d+)K\\(\\d+K\\)->(\\d+)K");

    private long gcLogRead;

    /** The pauses among lines of the service's GC log that contain {@code kind}. */
    record GcPauses(int count, double totalMillis, double longestMillis) {

        static GcPauses of(List<String> logLines, String kind) {
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
            return new GcPauses(count, total, longest);
        }
    }

    private Path gcLog() {
        return dir.resolve("service-gc.log").toAbsolutePath();
    }

    /** The service's GC pauses logged since the last call, as "count, total ms, longest ms". */
    private String gcPauses() throws IOException {
        return gcSinceLastCall().pauses();
    }

    /**
     * What the service's GC log says since the last call: its pauses as "count, total ms, longest ms", and what its
     * collections added to the old generation. A young collection promotes what outlived its tenuring age; once the
     * old generation is full the serial collector stops everything for a full collection (100–160 ms here).
     */
    private GcSince gcSinceLastCall() throws IOException {
        if (!Files.exists(gcLog())) {
            return new GcSince("–", "–");
        }
        var log = Files.readString(gcLog());
        var fresh =
                List.of(log.substring((int) Math.min(gcLogRead, log.length())).split("\n"));
        gcLogRead = log.length();
        var pauses = GcPauses.of(fresh, "Pause ");
        long promotedKib = 0;
        for (var logLine : fresh) {
            var old = OLD_GENERATION.matcher(logLine);
            if (old.find()) {
                promotedKib += Math.max(0, Long.parseLong(old.group(2)) - Long.parseLong(old.group(1)));
            }
        }
        return new GcSince(
                String.format("%d, %.0f, %.0f", pauses.count, pauses.totalMillis, pauses.longestMillis),
                String.format("%.1f", promotedKib / 1024.0));
    }

    record GcSince(String pauses, String promoted) {}

    private static long rss(long pid) throws IOException {
        for (var statusLine : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (statusLine.startsWith("VmRSS:")) {
                return Long.parseLong(statusLine.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /**
     * PostgreSQL's own background work so far: checkpoints, and autovacuum/autoanalyze runs. Counted per command step
     * to see whether latency spikes line up with them.
     */
    private long[] background() throws Exception {
        var row = await(pool.query("select (select num_timed + num_requested from pg_stat_checkpointer) as checkpoints,"
                                + " (select coalesce(sum(autovacuum_count + autoanalyze_count), 0)"
                                + " from pg_stat_user_tables) as autovacuums")
                        .execute())
                .iterator()
                .next();
        return new long[] {row.getLong("checkpoints"), row.getLong("autovacuums")};
    }

    private String settings() throws Exception {
        var rows = await(pool.query("select string_agg(name || '=' || setting, ', ' order by name) as settings"
                        + " from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes',"
                        + " 'shared_buffers', 'max_connections')")
                .execute());
        return rows.iterator().next().getString("settings");
    }

    /** Statement and transaction counters start again, so that a phase's totals are its own. */
    private void resetStatistics() throws Exception {
        await(pool.query("select pg_stat_statements_reset(), pg_stat_reset()").execute());
    }

    /** Where PostgreSQL spent its time: the statements with the most total execution time since the last reset. */
    private void topStatements(String when) throws Exception {
        var rows = await(pool.query("select calls, round(total_exec_time::numeric, 0) as total_ms,"
                        + " round(mean_exec_time::numeric, 3) as mean_ms, rows,"
                        + " left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as query"
                        + " from pg_stat_statements order by total_exec_time desc limit 8")
                .execute());
        line("PostgreSQL statements with the most execution time " + when + " (pg_stat_statements):");
        line("");
        line("| calls | total ms | mean ms | rows | statement |");
        line("| ---: | ---: | ---: | ---: | --- |");
        for (var row : rows) {
            line(String.format(
                    "| %d | %s | %s | %d | `%s` |",
                    row.getLong("calls"),
                    row.getValue("total_ms"),
                    row.getValue("mean_ms"),
                    row.getLong("rows"),
                    row.getString("query").replace("|", "\\|")));
        }
        line("");
        // Per command: its statements and transactions, with everything they set off (subscriptions, relay).
        var totals = await(pool.query("select (select sum(calls) from pg_stat_statements) as calls,"
                                + " (select round(sum(total_exec_time)::numeric, 0) from pg_stat_statements) as ms,"
                                + " (select coalesce(sum(calls), 0) from pg_stat_statements"
                                + "  where query like 'insert into events %') as appends,"
                                + " (select xact_commit from pg_stat_database where datname = current_database())"
                                + " as transactions")
                        .execute())
                .iterator()
                .next();
        long appends = totals.getLong("appends");
        line(String.format(
                "Every statement together: %d calls, %s ms of execution; %d transactions committed%s.",
                totals.getLong("calls"),
                totals.getValue("ms"),
                totals.getLong("transactions"),
                appends == 0
                        ? ""
                        : String.format(
                                "; per append to the log: %.1f statements, %.1f transactions",
                                (double) totals.getLong("calls") / appends,
                                (double) totals.getLong("transactions") / appends)));
        line("");
    }

    // --- CPU accounting ----------------------------------------------------------------------------------------------

    /** CPU time so far, in clock ticks, of the service, of every PostgreSQL process, and of this JVM (and its broker). */
    private long[] cpuTicks() {
        long postgres = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("postgres"))
                .mapToLong(process -> ticks(process.pid()))
                .sum();
        return new long[] {
            ticks(service.pid()), postgres, ticks(ProcessHandle.current().pid())
        };
    }

    /** Each process's share of the machine's cores since {@code before}, e.g. "63 %" of all cores. */
    private String[] cpuShares(long[] before, long wallNanos) {
        var after = cpuTicks();
        double available = wallNanos / 1e9 * 100 * Runtime.getRuntime().availableProcessors();
        var shares = new String[after.length];
        for (int i = 0; i < after.length; i++) {
            shares[i] = String.format("%.0f %%", 100 * (after[i] - before[i]) / available);
        }
        return shares;
    }

    private static long ticks(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    // --- output ---------------------------------------------------------------------------------------------------

    private String svg() {
        var points = new ArrayList<double[]>();
        for (var series : svgSeries) {
            for (var point : series.split(";")) {
                if (!point.isBlank()) {
                    var parts = point.split(",");
                    points.add(new double[] {
                        Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
                    });
                }
            }
        }
        double max = Math.max(1, points.stream().mapToDouble(p -> p[2]).max().orElse(1));
        int width = 900;
        int height = 400;
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + width + "' height='"
                + (height + 60) + "' font-family='sans-serif' font-size='12'>");
        svg.append(
                "<text x='10' y='15'>Command latency per second (ms): p50 blue, p99 red; offered rate under the axis</text>");
        for (int series = 1; series <= 2; series++) {
            var path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = 40 + i * (width - 60.0) / Math.max(1, points.size() - 1);
                double y = 30 + height - 30 - points.get(i)[series] / max * (height - 30);
                path.append(i == 0 ? "M" : "L").append(String.format("%.1f %.1f ", x, y));
            }
            svg.append("<path fill='none' stroke='")
                    .append(series == 1 ? "blue" : "red")
                    .append("' d='")
                    .append(path)
                    .append("'/>");
        }
        svg.append("<text x='5' y='35'>").append(String.format("%.0f", max)).append("</text>");
        for (int i = 0; i < points.size(); i += Math.max(1, (int) STEP.toSeconds())) {
            double x = 40 + i * (width - 60.0) / Math.max(1, points.size() - 1);
            svg.append("<text x='")
                    .append(String.format("%.0f", x))
                    .append("' y='")
                    .append(height + 20)
                    .append("'>")
                    .append((int) points.get(i)[0])
                    .append("/s</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram == null || histogram.getTotalCount() == 0
                ? 0
                : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
