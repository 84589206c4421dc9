package id.go.prakerja.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The tokens the service issues. The signing key and the verification keys are SmallRye JWT's own settings
 * ({@code smallrye.jwt.sign.key.location}, {@code mp.jwt.verify.publickey.location}); issuer and audience are
 * given to both the issuer here and the verifier.
 */
@ConfigMapping(prefix = "prakerja.access")
public interface AccessConfig {

    /** The {@code iss} of every token, which the verifier requires. */
    @WithDefault("https://prakerja.go.id")
    String issuer();

    /** The {@code aud} of every token, which the verifier requires. */
    @WithDefault("prakerja-platform")
    String audience();

    /** How long an access token is valid; short, since it cannot be revoked before it expires. */
    @WithDefault("15m")
    Duration accessTokenLifetime();

    /**
     * How many verified access tokens are remembered until they expire, so that a client's next request with the
     * same token skips the signature check: about 3 KiB each.
     */
    @WithDefault("20000")
    long verifiedTokenCacheSize();

    /** How long a refresh token may be used, unless it is rotated, revoked or reused first. */
    @WithDefault("P14D")
    Duration refreshTokenLifetime();
}
