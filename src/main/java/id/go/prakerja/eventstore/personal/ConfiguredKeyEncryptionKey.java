package id.go.prakerja.eventstore.personal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;

/** The key-encryption key from a Tink keyset file: every key in it opens, its primary wraps. */
@ApplicationScoped
public class ConfiguredKeyEncryptionKey implements KeyEncryptionKey {

    private final Aead aead;
    private final String currentVersion;

    @Inject
    public ConfiguredKeyEncryptionKey(PersonalDataConfig config) {
        this(read(config));
    }

    /** The key-encryption key of a keyset at hand: a rotation's tests, a tool. */
    public ConfiguredKeyEncryptionKey(KeysetHandle keyset) {
        try {
            AeadConfig.register();
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.currentVersion = Integer.toUnsignedString(keyset.getPrimary().getId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key-encryption keyset is not a usable Tink AEAD keyset", e);
        }
    }

    private static KeysetHandle read(PersonalDataConfig config) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(config.keyEncryptionKeyset()), InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException("The key-encryption keyset cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key-encryption keyset is not a Tink keyset", e);
        }
    }

    @Override
    public Aead aead() {
        return aead;
    }

    @Override
    public String currentVersion() {
        return currentVersion;
    }
}
