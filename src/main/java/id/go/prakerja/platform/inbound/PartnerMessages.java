package id.go.prakerja.platform.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.eventstore.DatabaseFailures;
import id.go.prakerja.platform.decision.RuleViolated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;

/**
 * How a partner message becomes a command: read it, check it is complete, act once (a redelivery is acknowledged and
 * changes nothing), retry what failed for a passing reason, and fail with a readable reason otherwise, which the
 * connector's dead-letter strategy puts beside the record.
 */
@ApplicationScoped
public class PartnerMessages {

    private final ObjectMapper mapper;

    public PartnerMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param what the message's name in reasons, e.g. "progress report"
     * @param problem what makes a read message unusable; empty when it is complete
     */
    public <T> Uni<Void> handle(
            String payload, Class<T> type, String what, Function<T, String> problem, Function<T, Uni<?>> action) {
        T message;
        try {
            message = mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            return Uni.createFrom()
                    .failure(new IllegalArgumentException("Unreadable " + what + ": " + e.getOriginalMessage()));
        }
        var missing = message == null ? "empty" : problem.apply(message);
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(new IllegalArgumentException("Incomplete " + what + ": " + missing));
        }
        return Uni.createFrom()
                .deferred(() -> action.apply(message))
                .replaceWithVoid()
                .onFailure(InboundMessages.AlreadyReceived.class)
                .recoverWithNull()
                .onFailure(PartnerMessages::isTransient)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(10)
                .onFailure(RuleViolated.class)
                .transform(violated -> new IllegalArgumentException(what + " refused: " + violated.getMessage()))
                .onFailure(failure -> DatabaseFailures.classify(failure) == DatabaseFailures.Kind.DATA)
                .transform(refused -> new IllegalArgumentException(
                        what + " holds a value the database cannot store: " + refused.getMessage()));
    }

    /**
     * A failure of the database or the network, worth retrying; a broken rule or record is not, nor a value the
     * database refuses as data (a NUL in a text): retried, it would hold every partition of the channel for the
     * whole back-off before it is dead-lettered anyway.
     */
    static boolean isTransient(Throwable failure) {
        return !(failure instanceof RuleViolated)
                && !(failure instanceof IllegalArgumentException)
                && DatabaseFailures.classify(failure) != DatabaseFailures.Kind.DATA;
    }
}
