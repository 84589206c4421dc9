package id.go.prakerja.eventstore.personal;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One data subject's key: AES-256-GCM through Tink, the subject's id bound to every ciphertext as associated data so
 * that a value cannot be moved to another person's events. An erased subject's key has nothing left to open with.
 *
 * <p>It is unwrapped at its first use, not when read: a subscriber that passes an event over never pays for it, nor
 * fails on it.
 */
public final class SubjectKey {

    private final UUID subject;
    private final Supplier<Aead> unwrap;
    private volatile Aead aead;

    SubjectKey(UUID subject, Supplier<Aead> unwrap) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.unwrap = unwrap;
    }

    /** The key of a subject whose personal data was erased, or never had a key: every sealed value reads as null. */
    public static SubjectKey erased(UUID subject) {
        return new SubjectKey(subject, null);
    }

    public UUID subject() {
        return subject;
    }

    public boolean erased() {
        return unwrap == null;
    }

    private Aead aead() {
        var unwrapped = aead;
        if (unwrapped == null) {
            unwrapped = unwrap.get();
            aead = unwrapped;
        }
        return unwrapped;
    }

    byte[] seal(byte[] plain) {
        if (erased()) {
            throw new IllegalStateException("The personal data of an erased subject cannot be written");
        }
        try {
            return aead().encrypt(plain, associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data could not be encrypted", e);
        }
    }

    /** The plain value, or null when the key is gone. */
    byte[] open(byte[] sealed) {
        if (erased()) {
            return null;
        }
        try {
            return aead().decrypt(sealed, associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data of a subject does not open with its key", e);
        }
    }

    private byte[] associatedData() {
        return bytes(subject);
    }

    /** A subject's id as associated data: what binds a ciphertext, or a wrapped key, to its one subject. */
    static byte[] bytes(UUID subject) {
        return ByteBuffer.allocate(16)
                .putLong(subject.getMostSignificantBits())
                .putLong(subject.getLeastSignificantBits())
                .array();
    }
}
