package id.go.prakerja.access;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;

/**
 * Signs access tokens with the newest configured key (SmallRye JWT reads it, and names it by its {@code kid}):
 * {@code iss}, {@code aud}, {@code sub} = the account's id, {@code groups} = its roles, {@code exp}.
 */
@ApplicationScoped
class TokenIssuer {

    private final AccessConfig config;
    private final Clock clock;

    TokenIssuer(AccessConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    String accessToken(Account account) {
        var now = clock.instant();
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(account.id().toString())
                .groups(new HashSet<>(account.roles()))
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenLifetime()))
                .sign();
    }

    long lifetimeSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }
}
