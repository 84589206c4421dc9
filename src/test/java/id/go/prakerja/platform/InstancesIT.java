package id.go.prakerja.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.KafkaTestClients;
import id.go.prakerja.testing.PackagedInstance;
import id.go.prakerja.testing.RealInfrastructure;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one database and broker: the subscriptions spread over both; one is killed (SIGKILL)
 * under load and the others take its subscriptions, with every acknowledged registration in the log, the projection
 * and on the topic; the survivor is then stopped (SIGTERM) under load within the shutdown bound, and every
 * registration it acknowledged is in the log. The instance of another integration test of this run may be up as
 * well: the leases are counted by instance name, and every subscription must be held by someone.
 */
class InstancesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** The configured bound (3 s), doubled for a busy machine. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(6);

    private static final String SUBSCRIPTION_SESSIONS = "prakerja-subscriptions:%";
    private static final String INSTANCE_NAME = "eventstore.subscriptions.instance-name";
    /** The load comes from one address, which production limits as one client. */
    private static final String LOAD_FROM_ONE_CLIENT = "prakerja.security.throttling.anonymous-requests-per-client";

    private static final String FIRST = "prakerja-subscriptions:instances-it-a";
    private static final String SECOND = "prakerja-subscriptions:instances-it-b";

    private static Vertx vertx;
    private static Pool database;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        var url = new RealInfrastructure().start().get("quarkus.datasource.reactive.url");
        database = PgBuilder.pool()
                .connectingTo(PgConnectOptions.fromUri(url).setUser("postgres").setPassword("postgres"))
                .using(vertx)
                .build();
    }

    @AfterAll
    static void disconnect() {
        database.close();
        vertx.close();
    }

    @Test
    void subscriptionsSpreadSurviveAKillAndAStopWithNothingAcknowledgedLost() throws Exception {
        var acknowledged = new ConcurrentLinkedQueue<UUID>();
        try (var first = PackagedInstance.start(
                        "a", Map.of(INSTANCE_NAME, "instances-it-a", LOAD_FROM_ONE_CLIENT, "100000"));
                var second = PackagedInstance.start(
                        "b", Map.of(INSTANCE_NAME, "instances-it-b", LOAD_FROM_ONE_CLIENT, "100000"))) {
            await().atMost(TIMEOUT).until(() -> {
                var leases = leasesByInstance();
                return leases.getOrDefault(FIRST, 0) > 0 && leases.getOrDefault(SECOND, 0) > 0 && allHeld(leases);
            });

            for (int i = 0; i < 20; i++) {
                addIfAcknowledged(acknowledged, (i % 2 == 0 ? first : second).register());
            }
            first.kill();
            for (int i = 0; i < 20; i++) {
                addIfAcknowledged(acknowledged, second.register());
            }

            await().atMost(TIMEOUT).untilAsserted(() -> {
                var leases = leasesByInstance();
                assertThat(leases).doesNotContainKey(FIRST).containsKey(SECOND);
                assertThat(leases.values().stream().mapToInt(Integer::intValue).sum())
                        .as("leases held of %s", leases)
                        .isEqualTo(subscriptions());
            });
            await().atMost(TIMEOUT).until(() -> projected(acknowledged).containsAll(acknowledged));
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30);
            assertEveryRegistrationIsOnTheTopic(acknowledged);

            var stoppedUnderLoad = new ConcurrentLinkedQueue<UUID>();
            var loading = new AtomicBoolean(true);
            var load = Executors.newSingleThreadExecutor();
            load.submit(() -> {
                while (loading.get() && second.isAlive()) {
                    addIfAcknowledged(stoppedUnderLoad, second.register());
                }
            });
            await().atMost(TIMEOUT).until(() -> stoppedUnderLoad.size() >= 5);
            var exit = second.terminate(Duration.ofSeconds(30));
            loading.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            System.out.printf("Instance b exited %d ms after SIGTERM%n", exit.toMillis());
            assertThat(second.isAlive()).isFalse();
            assertThat(exit).isLessThan(EXIT_BOUND);
            assertThat(logged(stoppedUnderLoad)).containsAll(stoppedUnderLoad);
        }
        assertThat(leasesByInstance()).doesNotContainKeys(FIRST, SECOND);
    }

    /** Every subscription that ever ran holds a lease somewhere. */
    private static boolean allHeld(Map<String, Integer> leases) {
        return leases.values().stream().mapToInt(Integer::intValue).sum() == subscriptions();
    }

    private static int subscriptions() {
        return query("select count(*) from subscription_checkpoints", Tuple.tuple())
                .get(0)
                .getLong(0)
                .intValue();
    }

    private static void addIfAcknowledged(ConcurrentLinkedQueue<UUID> acknowledged, UUID participantId) {
        if (participantId != null) {
            acknowledged.add(participantId);
        }
    }

    /** Advisory locks (the subscriptions' leases) held, by the sessions of each instance. */
    private static Map<String, Integer> leasesByInstance() {
        var rows = query(
                "select a.application_name, count(*) as leases from pg_locks l join pg_stat_activity a using (pid)"
                        + " where l.locktype = 'advisory' and a.application_name like $1 group by 1",
                Tuple.of(SUBSCRIPTION_SESSIONS));
        var leases = new HashMap<String, Integer>();
        rows.forEach(row -> leases.put(row.getString(0), row.getInteger(1)));
        return leases;
    }

    private static Set<UUID> projected(Iterable<UUID> participants) {
        return ids("select participant_id from participant_overview where participant_id = any($1)", participants);
    }

    private static Set<UUID> logged(Iterable<UUID> participants) {
        var streams = new ArrayList<String>();
        participants.forEach(id -> streams.add("participant-" + id));
        var found = new HashSet<UUID>();
        query(
                        "select stream_id from events where event_type = 'participant-registered.v1'"
                                + " and stream_id = any($1)",
                        Tuple.of(streams.toArray(String[]::new)))
                .forEach(row -> found.add(UUID.fromString(row.getString(0).substring("participant-".length()))));
        return found;
    }

    private static Set<UUID> ids(String sql, Iterable<UUID> participants) {
        var wanted = new ArrayList<UUID>();
        participants.forEach(wanted::add);
        var found = new HashSet<UUID>();
        query(sql, Tuple.of(wanted.toArray(UUID[]::new))).forEach(row -> found.add(row.getUUID(0)));
        return found;
    }

    private static void assertEveryRegistrationIsOnTheTopic(Iterable<UUID> participants) {
        var expected = new HashSet<String>();
        participants.forEach(id -> expected.add("participant-" + id));
        try (var consumer = KafkaTestClients.consumerFromStart("prakerja.participant-events.v1")) {
            var seen = new HashSet<String>();
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.key()));
                return seen.containsAll(expected);
            });
        }
    }

    private static List<Row> query(String sql, Tuple arguments) {
        var rows = new ArrayList<Row>();
        database.preparedQuery(sql)
                .execute(arguments)
                .toCompletionStage()
                .toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS)
                .join()
                .forEach(rows::add);
        return rows;
    }
}
