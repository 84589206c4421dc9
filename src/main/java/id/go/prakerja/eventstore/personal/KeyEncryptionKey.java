package id.go.prakerja.eventstore.personal;

import com.google.crypto.tink.Aead;

/**
 * What wraps the data keys. Tink's {@link Aead}, so that a cloud KMS (Tink's {@code KmsClient} gives one for a key
 * URI) can stand in for the configured keyset without a change here.
 */
public interface KeyEncryptionKey {

    Aead aead();

    /** Names the key that wraps new data keys: a data key wrapped under another is rewrapped by {@link DataKeys}. */
    String currentVersion();
}
