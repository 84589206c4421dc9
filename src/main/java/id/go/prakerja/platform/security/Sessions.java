package id.go.prakerja.platform.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Ends an account's sign-in sessions, as a new password or a disabled account calls for. */
@ApplicationScoped
public class Sessions {

    /** Revokes every refresh token of {@code accountId}, in the caller's transaction. */
    public Uni<Void> revokeAll(SqlClient client, UUID accountId, Instant now) {
        return client.preparedQuery(
                        "update refresh_tokens set revoked_at = $2" + " where account_id = $1 and revoked_at is null")
                .execute(Tuple.of(accountId, now.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
