package id.go.prakerja.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The token keys of a local run or a test run, made on first start in a data folder: the signing key, a previous
 * key still trusted (as during a rotation), and the set of both public keys that verifies.
 */
public final class TokenKeys {

    public static final String SIGNING = "signing-key.jwk";
    public static final String PREVIOUS = "previous-key.jwk";
    public static final String VERIFICATION = "verification-keys.jwks";

    private TokenKeys() {}

    /** Makes the keys in {@code directory} unless they are there; answers the service's settings for them. */
    public static Map<String, String> in(Path directory) {
        try {
            Files.createDirectories(directory);
            if (!Files.exists(directory.resolve(VERIFICATION))) {
                var signing = generate();
                var previous = generate();
                Files.writeString(
                        directory.resolve(SIGNING), signing.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
                Files.writeString(
                        directory.resolve(PREVIOUS), previous.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
                Files.writeString(
                        directory.resolve(VERIFICATION),
                        new JsonWebKeySet(signing, previous).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "smallrye.jwt.sign.key.location",
                        "file:" + directory.resolve(SIGNING).toAbsolutePath(),
                "mp.jwt.verify.publickey.location",
                        "file:" + directory.resolve(VERIFICATION).toAbsolutePath());
    }

    /** A fresh RS256 key with a kid. */
    public static RsaJsonWebKey generate() {
        try {
            var key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(UUID.randomUUID().toString());
            key.setAlgorithm("RS256");
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
