package id.go.prakerja.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Counts failed guesses of a secret (a password, a one-time code) per account and per client address, and locks a
 * key out once it reaches its limit: first for {@code first-lockout}, twice as long each time after, up to
 * {@code max-lockout}. Kept in PostgreSQL so that every replica enforces the same count; keys are digests, so the
 * table holds no e-mail or address in clear.
 */
@ApplicationScoped
public class Throttle {

    private static final Logger LOG = Logger.getLogger(Throttle.class);

    private final Pool pool;
    private final SecurityConfig.Throttling config;
    private final MeterRegistry meters;

    public Throttle(Pool pool, SecurityConfig config, MeterRegistry meters) {
        this.pool = pool;
        this.config = config.throttling();
        this.meters = meters;
    }

    /** A key of {@code kind} (such as {@code sign-in-account}) for {@code value}, which it does not reveal. */
    public static Key key(String kind, String value) {
        return new Key(kind, kind + ":" + Secrets.digest(value));
    }

    public record Key(String kind, String id) {}

    /** Fails with {@link TooManyAttempts} while any of {@code keys} is locked out. */
    public Uni<Void> check(Instant now, List<Key> keys) {
        return pool.preparedQuery("select max(locked_until) as until from throttles"
                        + " where key = any($1) and locked_until > $2")
                .execute(Tuple.of(keys.stream().map(Key::id).toArray(String[]::new), utc(now)))
                .map(rows -> rows.iterator().next().getOffsetDateTime("until"))
                .invoke(until -> {
                    if (until != null) {
                        throw new TooManyAttempts(Duration.between(now, until.toInstant()));
                    }
                })
                .replaceWithVoid();
    }

    /** Counts a failure (or, for anonymous requests, an attempt) and locks {@code key} out at {@code limit}. */
    public Uni<Void> fail(Instant now, Key key, int limit, String subject) {
        meters.counter("prakerja.throttle.failures", "kind", key.kind()).increment();
        return pool.preparedQuery("insert into throttles as t (key, failures, lockouts, last_failure_at)"
                        + " values ($1, 1, 0, $2) on conflict (key) do update set"
                        + " failures = case when t.last_failure_at < $3 then 1 else t.failures + 1 end,"
                        + " lockouts = case when t.last_failure_at < $4 then 0 else t.lockouts end,"
                        + " last_failure_at = $2"
                        + " returning failures, lockouts")
                .execute(Tuple.of(
                        key.id(),
                        utc(now),
                        utc(now.minus(config.window())),
                        utc(now.minus(config.window().plus(config.maxLockout())))))
                .map(rows -> rows.iterator().next())
                .chain(row -> row.getInteger("failures") >= limit
                        ? lockOut(now, key, row, subject)
                        : Uni.createFrom().voidItem());
    }

    /** Counts an anonymous request (a registration, a reset request) against its client, refused while locked out. */
    public Uni<Void> countAttempt(Instant now, Key client, int limit) {
        return check(now, List.of(client)).chain(() -> fail(now, client, limit, "a client"));
    }

    /**
     * A guess at an account's secret: refused while the account or the client is locked out; a failure that
     * {@code wrongGuess} recognises counts against both, a success forgets the account's failures.
     */
    public <T> Uni<T> guard(
            Instant now,
            Key account,
            int accountLimit,
            String subject,
            Key client,
            int clientLimit,
            Supplier<Uni<T>> attempt,
            Predicate<Throwable> wrongGuess) {
        return check(now, List.of(account, client))
                .chain(() -> attempt.get())
                .onFailure(wrongGuess)
                .call(() -> fail(now, account, accountLimit, subject)
                        .chain(() -> fail(now, client, clientLimit, "a client")))
                .call(() -> clear(account));
    }

    /** Forgets the failures of {@code key}, after the right secret was given. */
    public Uni<Void> clear(Key key) {
        return pool.preparedQuery("delete from throttles where key = $1")
                .execute(Tuple.of(key.id()))
                .replaceWithVoid();
    }

    /** Forgets keys whose last failure is so old that neither its count nor its lock-outs matter any more. */
    public Uni<Integer> purge(Instant now) {
        return pool.preparedQuery("delete from throttles where last_failure_at < $1 and (locked_until is null"
                        + " or locked_until < $1)")
                .execute(Tuple.of(utc(now.minus(config.window().plus(config.maxLockout())))))
                .map(rows -> rows.rowCount());
    }

    private Uni<Void> lockOut(Instant now, Key key, Row row, String subject) {
        int lockouts = row.getInteger("lockouts") + 1;
        var duration = lockout(lockouts);
        meters.counter("prakerja.throttle.lockouts", "kind", key.kind()).increment();
        LOG.warnf(
                "Locked out %s (%s) for %d s after %d failures; lock-out %d in a row",
                key.kind(), subject, duration.toSeconds(), row.getInteger("failures"), lockouts);
        return pool.preparedQuery("update throttles set failures = 0, lockouts = $2, locked_until = $3 where key = $1")
                .execute(Tuple.of(key.id(), lockouts, utc(now.plus(duration))))
                .replaceWithVoid();
    }

    /** First lock-out, doubled for each one after, at most the maximum. */
    Duration lockout(int nth) {
        var duration = config.firstLockout();
        for (int i = 1; i < nth && duration.compareTo(config.maxLockout()) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(config.maxLockout()) > 0 ? config.maxLockout() : duration;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
