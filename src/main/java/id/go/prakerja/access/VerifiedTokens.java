package id.go.prakerja.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * SmallRye JWT's parser, remembering the tokens it verified until they expire. A client sends the same access token
 * with every request for up to 15 minutes, and the RSA check and the claims' parsing were a quarter of a query's
 * CPU (JFR, BENCHMARKS.md session 11). The key is the whole token, so only the very string that was verified is
 * answered from memory; anything else, a single changed byte included, is verified as before.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser parser;
    private final Cache<String, JsonWebToken> verified;
    private final Clock clock;

    public VerifiedTokens(JWTAuthContextInfo context, AccessConfig config, Clock clock) {
        this.parser = new DefaultJWTParser(context);
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.verifiedTokenCacheSize())
                .expireAfter(new UntilExpiry())
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        var known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        var parsed = parser.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }

    /** An entry lives until its token's {@code exp}, never longer. */
    private final class UntilExpiry implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long currentTime) {
            long millis = jwt.getExpirationTime() * 1000 - clock.millis();
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
