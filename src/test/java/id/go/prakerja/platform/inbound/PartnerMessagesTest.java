package id.go.prakerja.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How often a partner message is tried depends on why it failed. */
class PartnerMessagesTest {

    record Message(String id) {}

    private final PartnerMessages messages = new PartnerMessages(new ObjectMapper());
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aValueTheDatabaseRefusesAsDataIsRefusedAtTheFirstAttempt() {
        var refused = new PgException("invalid byte sequence for encoding", "ERROR", "22021", null);

        var failure = outcome(message -> Uni.createFrom().failure(refused));

        assertThat(attempts).hasValue(1);
        assertThat(failure)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a value the database cannot store");
    }

    @Test
    void anUnreachableDatabaseIsRetriedUntilItAnswers() {
        var unreachable = new ConnectException("Connection refused");

        var failure = outcome(message -> attempts.get() < 3
                ? Uni.createFrom().failure(unreachable)
                : Uni.createFrom().voidItem());

        assertThat(failure).isNull();
        assertThat(attempts).hasValue(3);
    }

    /** The failure the channel would see, or null when the message was handled. */
    private Throwable outcome(Function<Message, Uni<?>> action) {
        return messages.handle("{\"id\":\"a\"}", Message.class, "test message", message -> "", message -> {
                    attempts.incrementAndGet();
                    return action.apply(message);
                })
                .onItem()
                .transform(done -> (Throwable) null)
                .onFailure()
                .recoverWithItem(failure -> failure)
                .await()
                .atMost(Duration.ofSeconds(30));
    }
}
