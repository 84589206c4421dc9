package id.go.prakerja.platform.inbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Partner messages already acted on, remembered in the transaction of the command they caused: a redelivered
 * message makes that transaction fail with {@link AlreadyReceived}, so its command takes effect once.
 */
@ApplicationScoped
public class InboundMessages {

    /** This message was handled before; the caller rolls back and acknowledges it. */
    public static class AlreadyReceived extends RuntimeException {
        public AlreadyReceived(String source, String messageId) {
            super("Message " + messageId + " from " + source + " was already handled");
        }
    }

    public Uni<Void> remember(SqlConnection transaction, String source, String messageId, Instant now) {
        return transaction
                .preparedQuery("insert into inbound_messages (source, message_id, received_at) values ($1, $2, $3)"
                        + " on conflict do nothing")
                .execute(Tuple.of(source, messageId, now.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.rowCount() == 1
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new AlreadyReceived(source, messageId)));
    }
}
