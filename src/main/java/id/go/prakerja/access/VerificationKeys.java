package id.go.prakerja.access;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * The verification keys SmallRye JWT is given ({@code mp.jwt.verify.publickey.location}), read once at start so
 * that a missing or broken key set stops the service before it serves, and published without any private member.
 */
@Startup
@ApplicationScoped
public class VerificationKeys {

    private final String publicJwks;

    public VerificationKeys(
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String location,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") String signingLocation) {
        try {
            var set = new JsonWebKeySet(read(location));
            var signing = JsonWebKey.Factory.newJwk(read(signingLocation));
            if (set.findJsonWebKey(signing.getKeyId(), signing.getKeyType(), null, null) == null) {
                throw new IllegalStateException("The signing key " + signing.getKeyId()
                        + " is not among the verification keys: tokens would not verify");
            }
            this.publicJwks = set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException("The token keys are not valid JSON Web Keys", e);
        }
    }

    public String publicJwks() {
        return publicJwks;
    }

    private static String read(String location) {
        var path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The token keys cannot be read from " + location, e);
        }
    }
}
