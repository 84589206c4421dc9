package id.go.prakerja.local;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import id.go.prakerja.eventstore.personal.PersonalDataConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;

/**
 * The personal-data keys of a local run or a test run, made on first start in a data folder: the key-encryption
 * keyset that wraps the data keys and the lookup keyset of the keyed hashes. In a deployment both are Secrets.
 */
public final class PersonalDataKeys {

    public static final String KEY_ENCRYPTION = "key-encryption-keyset.json";
    public static final String LOOKUP = "lookup-keyset.json";

    private PersonalDataKeys() {}

    /** Makes the keysets in {@code directory} unless they are there; answers the service's settings for them. */
    public static Map<String, String> in(Path directory) {
        try {
            Files.createDirectories(directory);
            writeUnlessThere(directory.resolve(KEY_ENCRYPTION), PredefinedAeadParameters.AES256_GCM);
            writeUnlessThere(directory.resolve(LOOKUP), PredefinedPrfParameters.HMAC_SHA256_PRF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "prakerja.personal-data.key-encryption-keyset",
                directory.resolve(KEY_ENCRYPTION).toAbsolutePath().toString(),
                "prakerja.personal-data.lookup-keyset",
                directory.resolve(LOOKUP).toAbsolutePath().toString());
    }

    /**
     * Settings for a {@code DataKeys} made by hand (a bulk load, a rotation's test), which gets its key-encryption
     * key directly rather than from the keyset files.
     */
    public static PersonalDataConfig cache(int size, Duration ttl) {
        return new PersonalDataConfig() {
            @Override
            public Path keyEncryptionKeyset() {
                throw new UnsupportedOperationException("The key-encryption key is given directly");
            }

            @Override
            public Path lookupKeyset() {
                throw new UnsupportedOperationException("No lookups here");
            }

            @Override
            public int keyCacheSize() {
                return size;
            }

            @Override
            public Duration keyCacheTtl() {
                return ttl;
            }
        };
    }

    /** A keyset in Tink's JSON, as a Secret would hold it. */
    public static String json(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeUnlessThere(Path file, Parameters parameters) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            AeadConfig.register();
            PrfConfig.register();
            Files.writeString(file, json(KeysetHandle.generateNew(parameters)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
