package id.go.prakerja.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import id.go.prakerja.eventstore.personal.ConfiguredKeyEncryptionKey;
import id.go.prakerja.eventstore.personal.DataKeys;
import id.go.prakerja.eventstore.personal.PersonalData;
import id.go.prakerja.local.PersonalDataKeys;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rotating the key-encryption key on the real PostgreSQL: data sealed before and after the rotation opens, the data
 * keys wrapped under the old key are rewrapped without a single event rewritten, and then the old key can go.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DataKeyRotationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    sealed interface Memo permits Written {}

    @EventType("memo-written.v1")
    record Written(@PersonalData String text, int number) implements Memo {}

    @Inject
    Pool pool;

    @Inject
    ObjectMapper mapper;

    @Test
    void anAdminRewrapsThroughTheApiAndAKeyIdWithNoDataKeysIsDoneAtOnce() {
        io.restassured.RestAssured.given()
                .queryParam("from", "12345")
                .post("/api/v1/operator/data-keys/rewrap")
                .then()
                .statusCode(200)
                .body("rewrapped", org.hamcrest.Matchers.equalTo(0));
        io.restassured.RestAssured.given()
                .header("Accept-Language", "en")
                .queryParam("from", "not-a-key")
                .post("/api/v1/operator/data-keys/rewrap")
                .then()
                .statusCode(400);
    }

    @Test
    void dataSealedBeforeAndAfterARotationOpensAndAfterTheRewrapTheOldKeyCanGo() throws Exception {
        AeadConfig.register();
        var old = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        var rotated = KeysetHandle.newBuilder(old)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId()
                        .makePrimary())
                .build();
        var newOnly = KeysetHandle.newBuilder(rotated).deleteAt(0).build();
        var registry = EventTypeRegistry.of(Memo.class, mapper, List.of());
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();

        var beforeRotation = keys(old);
        write(beforeRotation, registry, first, "ditulis sebelum rotasi");
        var afterRotation = keys(rotated);
        write(afterRotation, registry, first, "ditulis sesudah rotasi");
        write(afterRotation, registry, second, "kunci baru sejak awal");

        assertThat(read(afterRotation, registry, first))
                .containsExactly("ditulis sebelum rotasi", "ditulis sesudah rotasi");
        var payloads = storedPayloads(first);
        var previous = Integer.toUnsignedString(old.getPrimary().getId());
        await().atMost(TIMEOUT)
                .until(() -> afterRotation.rewrap(previous, 1).await().atMost(TIMEOUT) == 0);

        var withoutTheOldKey = keys(newOnly);
        assertThat(read(withoutTheOldKey, registry, first))
                .containsExactly("ditulis sebelum rotasi", "ditulis sesudah rotasi");
        assertThat(read(withoutTheOldKey, registry, second)).containsExactly("kunci baru sejak awal");
        assertThat(storedPayloads(first)).isEqualTo(payloads).noneMatch(payload -> payload.contains("ditulis"));
    }

    private DataKeys keys(KeysetHandle keyEncryptionKeyset) {
        return new DataKeys(
                pool,
                new ConfiguredKeyEncryptionKey(keyEncryptionKeyset),
                PersonalDataKeys.cache(10, Duration.ofMinutes(1)),
                Clock.systemUTC());
    }

    private void write(DataKeys keys, EventTypeRegistry<Memo> registry, UUID subject, String text) {
        var store = new EventStore(pool, () -> {}, keys);
        keys.create(subject)
                .chain(() -> keys.forWriting(pool, subject))
                .chain(key -> store.append(
                        StreamIds.of("memo", subject),
                        ExpectedVersion.any(),
                        List.of(registry.toNewEvent(
                                new Written(text, 1), EventMetadata.of("rotation", null, "test"), key)),
                        Instant.now()))
                .await()
                .atMost(TIMEOUT);
    }

    private List<String> read(DataKeys keys, EventTypeRegistry<Memo> registry, UUID subject) {
        return new EventStore(pool, () -> {}, keys)
                .readStream(StreamIds.of("memo", subject)).await().atMost(TIMEOUT).stream()
                        .map(recorded -> ((Written) registry.fromRecorded(recorded)).text())
                        .toList();
    }

    private List<String> storedPayloads(UUID subject) {
        var payloads = new java.util.ArrayList<String>();
        pool.preparedQuery("select payload::text as payload from events where stream_id = $1 order by stream_version")
                .execute(Tuple.of(StreamIds.of("memo", subject)))
                .await()
                .atMost(TIMEOUT)
                .forEach(row -> payloads.add(row.getString("payload")));
        return payloads;
    }
}
