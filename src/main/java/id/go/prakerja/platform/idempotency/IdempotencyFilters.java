package id.go.prakerja.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.platform.problem.Problem;
import id.go.prakerja.platform.problem.ProblemMessages;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Claims an {@code Idempotency-Key} before an {@link Idempotent} command runs and stores its response after. A
 * retry finds the stored response and gets it again, with {@code Idempotent-Replayed: true}; a retry while the first
 * is still running gets 409. A 5xx response is forgotten so that the retry runs the command again.
 *
 * <p>The key is bound to a digest of the request body: the same key with another body is a client's mistake (the
 * IETF Idempotency-Key draft's 422), never the first answer replayed for a different request. A claim in progress
 * holds a lease ({@code prakerja.idempotency.in-flight-lease}): when the instance handling it dies, a retry after the
 * lease takes the key over instead of getting 409 for the whole retention; each claim carries its own token, so that
 * the request that lost its lease (slower than it, not dead) can neither store its answer over the new claim nor
 * delete it.
 *
 * <p>The name binding sits on the filter methods: on the class of generated filters it binds nothing, and they would
 * run for every endpoint.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String CLAIMED = "idempotency.claimed";
    private static final int MAX_KEY_LENGTH = 255;

    private static final String CLAIM = """
            insert into idempotency_keys (request_scope, idempotency_key, created_at, expires_at,
                                          request_fingerprint, claimed_until, claim_token)
            values ($1, $2, $3, $4, $5, $6, $7)
            on conflict (request_scope, idempotency_key) do update
                set completed = false, response_status = null, response_type = null, response_body = null,
                    created_at = excluded.created_at, expires_at = excluded.expires_at,
                    request_fingerprint = excluded.request_fingerprint, claimed_until = excluded.claimed_until,
                    claim_token = excluded.claim_token
                where idempotency_keys.expires_at < excluded.created_at
                   or (not idempotency_keys.completed and idempotency_keys.claimed_until < excluded.created_at
                       and idempotency_keys.request_fingerprint = excluded.request_fingerprint)
            returning idempotency_key""";
    private static final String FIND = "select completed, response_status, response_type, response_body,"
            + " request_fingerprint from idempotency_keys where request_scope = $1 and idempotency_key = $2";
    private static final String COMPLETE = "update idempotency_keys set completed = true, response_status = $3,"
            + " response_type = $4, response_body = $5"
            + " where request_scope = $1 and idempotency_key = $2 and claim_token = $6";
    private static final String FORGET =
            "delete from idempotency_keys" + " where request_scope = $1 and idempotency_key = $2 and claim_token = $3";
    private static final String PURGE = "delete from idempotency_keys where expires_at < $1";

    private record Claim(String scope, String key, UUID token) {}

    private final Pool pool;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final IdempotencyConfig config;

    public IdempotencyFilters(Pool pool, Clock clock, ObjectMapper mapper, IdempotencyConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.mapper = mapper;
        this.config = config;
    }

    /** Runs once the body is read, so that its digest is taken without blocking. */
    @ServerRequestFilter(readBody = true)
    @Idempotent
    public Uni<Response> claim(ContainerRequestContext request) {
        var key = request.getHeaderString(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().item(invalidKey(request));
        }
        var claim = new Claim(request.getMethod() + " " + request.getUriInfo().getPath(), key, UUID.randomUUID());
        var fingerprint = RequestFingerprint.of(request);
        var now = clock.instant();
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.tuple()
                        .addString(claim.scope())
                        .addString(claim.key())
                        .addOffsetDateTime(now.atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(now.plus(config.retention()).atOffset(ZoneOffset.UTC))
                        .addString(fingerprint)
                        .addOffsetDateTime(now.plus(config.inFlightLease()).atOffset(ZoneOffset.UTC))
                        .addUUID(claim.token()))
                .chain(claimed -> {
                    if (claimed.rowCount() == 1) {
                        request.setProperty(CLAIMED, claim);
                        return Uni.createFrom().nullItem();
                    }
                    return pool.preparedQuery(FIND)
                            .execute(Tuple.of(claim.scope(), claim.key()))
                            .map(rows -> replay(request, rows.iterator().next(), fingerprint));
                });
    }

    @ServerResponseFilter
    @Idempotent
    public Uni<Void> remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() >= 500) {
            return pool.preparedQuery(FORGET)
                    .execute(Tuple.of(claim.scope(), claim.key(), claim.token()))
                    .replaceWithVoid();
        }
        String body;
        try {
            body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            LOG.warnf("Response for idempotency key %s could not be stored: %s", claim.key(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
        // The media type is negotiated after the filters run; command responses are JSON.
        var type = response.getMediaType() == null
                ? MediaType.APPLICATION_JSON
                : response.getMediaType().toString();
        return pool.preparedQuery(COMPLETE)
                .execute(Tuple.tuple()
                        .addString(claim.scope())
                        .addString(claim.key())
                        .addInteger(response.getStatus())
                        .addString(type)
                        .addString(body)
                        .addUUID(claim.token()))
                .replaceWithVoid();
    }

    @Scheduled(every = "1h", delayed = "1m")
    Uni<Void> purgeExpired() {
        return pool.preparedQuery(PURGE)
                .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC)))
                .invoke(rows -> LOG.debugf("Purged %d expired idempotency keys", rows.rowCount()))
                .replaceWithVoid();
    }

    private Response replay(ContainerRequestContext request, Row stored, String fingerprint) {
        var first = stored.getString("request_fingerprint");
        if (first != null && !first.equals(fingerprint)) {
            return Problem.of(
                            "idempotency-key-reused",
                            422,
                            locale(request),
                            request.getUriInfo().getPath(),
                            null)
                    .toResponse();
        }
        if (!stored.getBoolean("completed")) {
            return Problem.of(
                            "idempotency-in-progress",
                            409,
                            locale(request),
                            request.getUriInfo().getPath(),
                            null)
                    .toResponse();
        }
        var replayed = Response.status(stored.getInteger("response_status")).header("Idempotent-Replayed", "true");
        var body = stored.getString("response_body");
        if (body != null) {
            replayed.entity(body).type(MediaType.valueOf(stored.getString("response_type")));
        }
        return replayed.build();
    }

    private Response invalidKey(ContainerRequestContext request) {
        return Problem.of(
                        "idempotency-key-invalid",
                        400,
                        locale(request),
                        request.getUriInfo().getPath(),
                        null,
                        MAX_KEY_LENGTH)
                .toResponse();
    }

    private static Locale locale(ContainerRequestContext request) {
        return ProblemMessages.localeOf(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
