package id.go.prakerja.eventstore.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every data subject's own key, in {@code data_keys}, wrapped by the {@link KeyEncryptionKey}. Destroying a key is
 * the erasure of the subject's personal data from the log (crypto-shredding): the row stays as a tombstone, so that
 * no key is ever made for the subject again and its data reads as erased on every instance.
 *
 * <p>Opened keys are remembered, but only once the row they came from is committed: a key remembered from a
 * transaction that then rolled back would seal data that no stored key opens.
 */
@ApplicationScoped
public class DataKeys {

    private static final String CREATE = "insert into data_keys (subject, wrapped, wrapped_under, created_at)"
            + " values ($1, $2, $3, $4) on conflict (subject) do nothing";
    private static final String READ = "select subject, wrapped from data_keys where subject = any($1)";
    private static final String DESTROY =
            "update data_keys set wrapped = null, wrapped_under = null, destroyed_at = $2 where subject = $1";
    private static final String WRAPPED_UNDER = "select subject, wrapped from data_keys"
            + " where wrapped is not null and wrapped_under = $1 order by subject limit $2 for update";
    private static final String REWRAP =
            "update data_keys set wrapped = $2, wrapped_under = $3 where subject = $1 and wrapped is not null";

    private final Pool pool;
    private final KeyEncryptionKey keyEncryptionKey;
    private final Clock clock;
    private final Cache<UUID, SubjectKey> opened;

    public DataKeys(Pool pool, KeyEncryptionKey keyEncryptionKey, PersonalDataConfig config, Clock clock) {
        this.pool = pool;
        this.keyEncryptionKey = keyEncryptionKey;
        this.clock = clock;
        this.opened = Caffeine.newBuilder()
                .maximumSize(config.keyCacheSize())
                .expireAfterWrite(config.keyCacheTtl())
                .build();
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD cannot be registered", e);
        }
    }

    /**
     * Makes the subject's key, in a transaction of its own, unless it has one. Called before the transaction that
     * writes the subject's first personal data, so that a request never holds two connections at once.
     */
    public Uni<Void> create(UUID subject) {
        if (opened.getIfPresent(subject) != null) {
            return Uni.createFrom().voidItem();
        }
        var wrapped = wrap(subject, newKeyset());
        return pool.preparedQuery(CREATE)
                .execute(Tuple.of(
                        subject,
                        io.vertx.core.buffer.Buffer.buffer(wrapped),
                        keyEncryptionKey.currentVersion(),
                        clock.instant().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /**
     * The key to seal the subject's personal data with, read through {@code client} (the caller's transaction). A
     * subject without one gets one first; an erased subject's data can never be written again.
     */
    public Uni<SubjectKey> forWriting(SqlClient client, UUID subject) {
        return forReading(client, Set.of(subject)).chain(keys -> {
            var key = keys.get(subject);
            if (key != null && !key.erased()) {
                return Uni.createFrom().item(key);
            }
            if (key != null) {
                return Uni.createFrom().failure(new SubjectErased(subject));
            }
            return create(subject)
                    .chain(() -> forReading(pool, Set.of(subject)))
                    .map(created -> created.get(subject));
        });
    }

    /**
     * The keys of {@code subjects}: a destroyed key is an erased one; a subject that never had a key is absent, and
     * only data stored in clear before encryption can be read for it.
     */
    public Uni<Map<UUID, SubjectKey>> forReading(SqlClient client, Set<UUID> subjects) {
        var found = new HashMap<UUID, SubjectKey>();
        var missing = new java.util.ArrayList<UUID>();
        for (var subject : subjects) {
            var known = opened.getIfPresent(subject);
            if (known != null) {
                found.put(subject, known);
            } else {
                missing.add(subject);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return client.preparedQuery(READ)
                .execute(Tuple.of(missing.toArray(UUID[]::new)))
                .map(rows -> {
                    var read = new HashMap<UUID, SubjectKey>();
                    for (var row : rows) {
                        read.put(row.getUUID("subject"), open(row));
                    }
                    rememberOnceCommitted(client, read);
                    found.putAll(read);
                    return found;
                });
    }

    /** Destroys the subject's key in the caller's transaction; this instance forgets it as soon as that commits. */
    public Uni<Void> destroy(SqlConnection transaction, UUID subject) {
        return transaction
                .preparedQuery(DESTROY)
                .execute(Tuple.of(subject, clock.instant().atOffset(ZoneOffset.UTC)))
                .invoke(() -> transaction
                        .transaction()
                        .getDelegate()
                        .completion()
                        .onSuccess(committed -> opened.put(subject, SubjectKey.erased(subject))))
                .replaceWithVoid();
    }

    /**
     * Wraps up to {@code limit} data keys wrapped under the key-encryption key's version {@code previous} under its
     * current primary instead, and answers how many: after a rotation, run until it answers 0, then the previous key
     * can leave the keyset. No event changes.
     */
    public Uni<Integer> rewrap(String previous, int limit) {
        var current = keyEncryptionKey.currentVersion();
        return pool.withTransaction(transaction -> transaction
                .preparedQuery(WRAPPED_UNDER)
                .execute(Tuple.of(previous, limit))
                .chain(rows -> {
                    var batch = new java.util.ArrayList<Tuple>();
                    for (var row : rows) {
                        var subject = row.getUUID("subject");
                        var keyset = unwrap(subject, row.getBuffer("wrapped").getBytes());
                        batch.add(
                                Tuple.of(subject, io.vertx.core.buffer.Buffer.buffer(wrap(subject, keyset)), current));
                    }
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return transaction.preparedQuery(REWRAP).executeBatch(batch).replaceWith(batch.size());
                }));
    }

    private void rememberOnceCommitted(SqlClient client, Map<UUID, SubjectKey> keys) {
        if (client instanceof SqlConnection connection && connection.transaction() != null) {
            connection.transaction().getDelegate().completion().onSuccess(committed -> remember(keys));
        } else {
            remember(keys);
        }
    }

    /** A read that started before a destruction committed must not bring the key back. */
    private void remember(Map<UUID, SubjectKey> keys) {
        keys.forEach(
                (subject, key) -> opened.asMap().merge(subject, key, (known, read) -> known.erased() ? known : read));
    }

    private SubjectKey open(Row row) {
        var subject = row.getUUID("subject");
        var wrapped = row.getBuffer("wrapped");
        if (wrapped == null) {
            return SubjectKey.erased(subject);
        }
        var bytes = wrapped.getBytes();
        return new SubjectKey(subject, () -> {
            try {
                return unwrap(subject, bytes).getPrimitive(RegistryConfiguration.get(), Aead.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A data key is not an AEAD keyset", e);
            }
        });
    }

    private static KeysetHandle newKeyset() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key cannot be made", e);
        }
    }

    private byte[] wrap(UUID subject, KeysetHandle keyset) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(
                    keyset, keyEncryptionKey.aead(), SubjectKey.bytes(subject));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key cannot be wrapped", e);
        }
    }

    private KeysetHandle unwrap(UUID subject, byte[] wrapped) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(
                    wrapped, keyEncryptionKey.aead(), SubjectKey.bytes(subject));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key does not open with the key-encryption key", e);
        }
    }
}
