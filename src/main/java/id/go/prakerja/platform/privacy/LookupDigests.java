package id.go.prakerja.platform.privacy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import id.go.prakerja.eventstore.personal.PersonalDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keyed hashes (HMAC-SHA256 through Tink's PRF, the secret pepper in a keyset of its own) that keep a NIK, a family
 * card or an e-mail address unique without the value being stored: a stolen table of digests cannot be reversed by
 * hashing every possible NIK, as plain hashes of a 16-digit number could. They outlive an erasure, so that one
 * participation per NIK stays enforceable.
 */
@ApplicationScoped
public class LookupDigests {

    private static final int LENGTH = 32;

    private final PrfSet prf;

    public LookupDigests(PersonalDataConfig config) {
        try {
            PrfConfig.register();
            var keyset = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(config.lookupKeyset()), InsecureSecretKeyAccess.get());
            this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The lookup keyset cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The lookup keyset is not a usable Tink PRF keyset", e);
        }
    }

    /** The digest of an e-mail address, whatever its case and surrounding spaces. */
    public String email(String address) {
        return digest("email", normalisedEmail(address));
    }

    public String nik(String nik) {
        return digest("nik", nik.trim());
    }

    public String familyCard(String kkNumber) {
        return digest("kk", kkNumber.trim());
    }

    /** How an address is compared everywhere: trimmed and in lower case. */
    public static String normalisedEmail(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    private String digest(String kind, String value) {
        try {
            return HexFormat.of()
                    .formatHex(prf.computePrimary((kind + ':' + value).getBytes(StandardCharsets.UTF_8), LENGTH));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A lookup digest cannot be computed", e);
        }
    }
}
