package id.go.prakerja.bench;

import id.go.prakerja.local.TokenKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The run's token keys (made with {@link TokenKeys} in the benchmark's directory, given to the service) and the
 * participants' access tokens, minted here with the service's signing key and the claims its {@code TokenIssuer}
 * signs: {@code iss}, {@code aud}, {@code sub} = the participant, {@code groups} = participant, {@code iat}, {@code exp}
 * 15 minutes on, {@code jti}, and the key's {@code kid} in the header. A participant's sign-in costs a bcrypt hash of
 * cost 12 on the service; minting instead leaves the run's load to the requests that carry the tokens.
 */
final class Tokens {

    static final String ISSUER = "https://prakerja.go.id";
    static final String AUDIENCE = "prakerja-platform";
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** Tokens older than this are minted again before a phase, so that none expires within one. */
    static final Duration REMINT_AFTER = Duration.ofMinutes(10);

    private final Map<String, String> serviceProperties;
    private final Path verificationKeys;
    private final RsaJsonWebKey signing;

    Tokens(Path directory) throws IOException, JoseException {
        serviceProperties = TokenKeys.in(directory);
        verificationKeys = directory.resolve(TokenKeys.VERIFICATION).toAbsolutePath();
        signing = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(directory.resolve(TokenKeys.SIGNING)));
    }

    /** The service's settings for the keys: {@code smallrye.jwt.sign.key.location} and the verification set's. */
    Map<String, String> serviceProperties() {
        return serviceProperties;
    }

    /** The public key set the service verifies with, as a location for SmallRye JWT. */
    String verificationKeysLocation() {
        return "file:" + verificationKeys;
    }

    /**
     * The {@code Authorization} header of each participant, minted on all cores before a phase starts (never inside its
     * timed loop).
     */
    Minted mint(Collection<UUID> participants) {
        long start = System.nanoTime();
        var now = Instant.now();
        var bearers = new ConcurrentHashMap<UUID, String>(participants.size() * 2);
        participants.parallelStream().forEach(id -> bearers.put(id, "Bearer " + participant(id, now)));
        return new Minted(bearers, now, (System.nanoTime() - start) / 1_000_000);
    }

    /** The minted headers; {@code millis} is how long minting them took. */
    record Minted(Map<UUID, String> bearers, Instant at, long millis) {

        boolean stale() {
            return Instant.now().isAfter(at.plus(REMINT_AFTER));
        }

        String bearer(UUID participant) {
            return bearers.get(participant);
        }
    }

    String participant(UUID id, Instant now) {
        var claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(id.toString());
        claims.setStringListClaim("groups", "participant");
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFETIME).getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        var signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(signing.getPrivateKey());
        signature.setKeyIdHeaderValue(signing.getKeyId());
        signature.setHeader("typ", "JWT");
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
