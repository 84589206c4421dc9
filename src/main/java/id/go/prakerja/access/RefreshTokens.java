package id.go.prakerja.access;

import id.go.prakerja.platform.security.AccountCode;
import id.go.prakerja.platform.security.Secrets;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opaque, single-use refresh tokens, stored only as digests. Each use rotates the token within its family (one
 * sign-in); a token presented a second time means it was copied, so its whole family is revoked.
 */
@ApplicationScoped
class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);

    private final Pool pool;
    private final Secrets secrets;
    private final AccessConfig config;
    private final Clock clock;

    RefreshTokens(Pool pool, Secrets secrets, AccessConfig config, Clock clock) {
        this.pool = pool;
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
    }

    /** The account and family of a token just used. */
    record Used(AccountCode.Kind kind, UUID accountId, UUID familyId) {}

    /** A new token in a new family: a sign-in. */
    Uni<String> issue(Account account) {
        return issue(pool, account.kind(), account.id(), UUID.randomUUID());
    }

    /** The next token of the family {@code used} belongs to. */
    Uni<String> next(SqlClient client, Used used) {
        return issue(client, used.kind(), used.accountId(), used.familyId());
    }

    /**
     * Marks {@code token} used and names its account; empty when it is unknown, expired, revoked or already used, and
     * in the last case revokes its family. Runs in {@code transaction} with the issue of the next one.
     */
    Uni<Optional<Used>> use(SqlClient transaction, String token) {
        var now = utc(clock.instant());
        var digest = Secrets.digest(token);
        return transaction
                .preparedQuery("update refresh_tokens set used_at = $2 where token_digest = $1 and used_at is null"
                        + " and revoked_at is null and expires_at > $2"
                        + " returning account_kind, account_id, family_id")
                .execute(Tuple.of(digest, now))
                .chain(rows -> {
                    if (rows.size() == 1) {
                        var row = rows.iterator().next();
                        return Uni.createFrom()
                                .item(Optional.of(new Used(
                                        AccountCode.Kind.valueOf(row.getString("account_kind")),
                                        row.getUUID("account_id"),
                                        row.getUUID("family_id"))));
                    }
                    return revokeFamilyOfReused(transaction, digest, now).replaceWith(Optional.<Used>empty());
                });
    }

    /** Ends the sign-in {@code token} belongs to, if it is {@code accountId}'s. */
    Uni<Void> revokeFamily(String token, UUID accountId) {
        return pool.preparedQuery("update refresh_tokens set revoked_at = $3 where revoked_at is null and family_id ="
                        + " (select family_id from refresh_tokens where token_digest = $1 and account_id = $2)")
                .execute(Tuple.of(Secrets.digest(token), accountId, utc(clock.instant())))
                .replaceWithVoid();
    }

    /** Forgets tokens that expired long enough ago that no one can present them for reuse detection. */
    Uni<Integer> purgeExpiredBefore(Instant before) {
        return pool.preparedQuery("delete from refresh_tokens where expires_at < $1")
                .execute(Tuple.of(utc(before)))
                .map(rows -> rows.rowCount());
    }

    private Uni<Void> revokeFamilyOfReused(SqlClient transaction, String digest, OffsetDateTime now) {
        return transaction
                .preparedQuery("update refresh_tokens set revoked_at = $2 where revoked_at is null and family_id ="
                        + " (select family_id from refresh_tokens where token_digest = $1 and used_at is not null)"
                        + " returning account_id")
                .execute(Tuple.of(digest, now))
                .invoke(rows -> {
                    if (rows.size() > 0) {
                        LOG.warnf(
                                "A used refresh token of account %s was presented again: its sign-in is revoked",
                                rows.iterator().next().getUUID("account_id"));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<String> issue(SqlClient client, AccountCode.Kind kind, UUID accountId, UUID familyId) {
        var token = secrets.newToken();
        var now = clock.instant();
        return client.preparedQuery("insert into refresh_tokens (token_digest, family_id, account_kind, account_id,"
                        + " issued_at, expires_at) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(Secrets.digest(token), familyId, kind.name(), accountId)
                        .addOffsetDateTime(utc(now))
                        .addOffsetDateTime(utc(now.plus(config.refreshTokenLifetime()))))
                .replaceWith(token);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
