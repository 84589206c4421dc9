package id.go.prakerja.eventstore.personal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** The keys that protect personal data: where they come from and how long a data key is remembered. */
@ConfigMapping(prefix = "prakerja.personal-data")
public interface PersonalDataConfig {

    /**
     * A Tink AEAD keyset in JSON (a Kubernetes Secret mounted as a file) that wraps every data key. To rotate it, add
     * a key and make it primary: data keys wrapped under the older key still open, and {@code DataKeys.rewrap} wraps
     * them under the new one without touching a single event; remove the old key after that.
     */
    Path keyEncryptionKeyset();

    /**
     * A Tink PRF keyset in JSON (a Secret as well): the pepper of the keyed hashes that keep NIK, KK and e-mail
     * unique without storing them. It cannot be rotated without rehashing every reservation.
     */
    Path lookupKeyset();

    /**
     * Data keys kept opened in memory. Each is about a kilobyte: 20 000 are 20 MB of a 160 MB heap, and one command
     * or one projection batch needs only the keys of the people it touches.
     */
    @WithDefault("20000")
    int keyCacheSize();

    /**
     * How long another instance may still open a subject's data with a key it remembers after the key was destroyed
     * here; the instance that destroyed it forgets it at once.
     */
    @WithDefault("5m")
    Duration keyCacheTtl();
}
