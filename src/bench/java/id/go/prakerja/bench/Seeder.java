package id.go.prakerja.bench;

import static id.go.prakerja.bench.Clients.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import id.go.prakerja.catalog.CatalogService;
import id.go.prakerja.catalog.TrainingEvent;
import id.go.prakerja.eventstore.AppendResult;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.personal.ConfiguredKeyEncryptionKey;
import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.local.PersonalDataKeys;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Loads the data set as a migration would: appended before the service starts, so that the service's first start has
 * the whole log to catch up on, and then settled as a migration ends.
 */
record Seeder(Pool pool, Report report, Map<String, String> personalDataKeys) {

    private static final int SEED_CHUNK = 250;

    /**
     * Participants who have come through the journey to a card and one cancelled purchase (ten events each), and one
     * training, appended through {@code EventStore.append}. Each transaction appends {@link #SEED_CHUNK} new streams,
     * pipelined on its connection.
     */
    DataSet seed() throws Exception {
        var mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var mutinyPool = io.vertx.mutiny.sqlclient.Pool.newInstance(pool);
        // Sealed with each participant's own key, as the service seals them.
        var dataKeys = dataKeys(mutinyPool);
        // Appended before the service starts: its catch-up finds them, nothing needs telling.
        var store = new EventStore(mutinyPool, () -> {}, dataKeys);
        var participantTypes = EventTypeRegistry.of(ParticipantEvent.class, mapper, List.of());
        var trainingTypes = EventTypeRegistry.of(TrainingEvent.class, mapper, List.of());
        var metadata = EventMetadata.of("benchmark", null, "benchmark");
        var now = Instant.now();
        var trainingId = UUID.randomUUID();
        store.append(
                        CatalogService.streamOf(trainingId),
                        ExpectedVersion.noStream(),
                        List.of(trainingTypes.toNewEvent(
                                new TrainingEvent.TrainingPublished(trainingId, SeededJourney.training(), now),
                                metadata)),
                        now)
                .await()
                .atMost(Duration.ofSeconds(30));
        var offer = SeededJourney.offer(trainingId);
        var batchId = UUID.randomUUID();
        var idle = new ConcurrentLinkedQueue<UUID>();
        long start = System.nanoTime();
        Multi.createFrom()
                .range(0, Settings.PARTICIPANTS / SEED_CHUNK)
                .onItem()
                .transformToUni(chunk -> {
                    var ids = IntStream.range(0, SEED_CHUNK)
                            .mapToObj(i -> UUID.randomUUID())
                            .toList();
                    return Uni.join()
                            .all(ids.stream().map(dataKeys::create).toList())
                            .andFailFast()
                            .chain(() -> mutinyPool.withTransaction(transaction -> {
                                var appends = new ArrayList<Uni<AppendResult>>();
                                for (int i = 0; i < SEED_CHUNK; i++) {
                                    var id = ids.get(i);
                                    var journey =
                                            SeededJourney.participant(chunk * SEED_CHUNK + i, id, batchId, offer, now);
                                    idle.add(id);
                                    appends.add(dataKeys.forWriting(transaction, id)
                                            .chain(key -> store.append(
                                                    transaction,
                                                    ParticipantService.streamOf(id),
                                                    ExpectedVersion.noStream(),
                                                    journey.stream()
                                                            .map(e -> participantTypes.toNewEvent(e, metadata, key))
                                                            .toList(),
                                                    now)));
                                }
                                return Uni.join().all(appends).andFailFast();
                            }));
                })
                .merge(4)
                .collect()
                .last()
                .await()
                .atMost(Duration.ofHours(2));
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        long events = Settings.PARTICIPANTS * 10L + 1;
        report.line("## Data set");
        report.line("");
        report.line(String.format(
                "%d participants with cards (10 events each: registration to a cancelled purchase), %d events,"
                        + " appended through `EventStore.append` (%d new streams per transaction, 4 transactions in"
                        + " flight) before the service starts: %.1f s, **%.0f events/s**.",
                Settings.PARTICIPANTS, events, SEED_CHUNK, appendSeconds, events / appendSeconds));
        report.line("");
        return new DataSet(trainingId, idle, events);
    }

    private DataKeys dataKeys(io.vertx.mutiny.sqlclient.Pool mutinyPool) throws Exception {
        var keyset = TinkJsonProtoKeysetFormat.parseKeyset(
                Files.readString(Path.of(personalDataKeys.get("prakerja.personal-data.key-encryption-keyset"))),
                InsecureSecretKeyAccess.get());
        var config = PersonalDataKeys.cache(Settings.PARTICIPANTS, Duration.ofHours(2));
        return new DataKeys(mutinyPool, new ConfiguredKeyEncryptionKey(keyset), config, Clock.systemUTC());
    }

    /**
     * Finishes the migration as PostgreSQL's "Populating a Database" advises: statistics for the planner, the
     * visibility map, and the load's dirty pages written, instead of autovacuum and the checkpointer doing it while
     * the service starts.
     */
    void settle() throws Exception {
        long start = System.nanoTime();
        await(pool.query("vacuum (analyze) events").execute());
        await(pool.query("checkpoint").execute());
        report.line(String.format(
                "Settled after the load (`vacuum (analyze) events`, `checkpoint`, as a migration ends): %.1f s.",
                (System.nanoTime() - start) / 1e9));
        report.line("");
    }
}
