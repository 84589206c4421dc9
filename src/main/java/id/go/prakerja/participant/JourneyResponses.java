package id.go.prakerja.participant;

import id.go.prakerja.platform.command.Outcome;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/** The JSON answers of the journey's API. */
public final class JourneyResponses {

    private JourneyResponses() {}

    /** After a command: the stream version to pass as {@code minVersion} for reading one's own write. */
    public record Accepted(UUID participantId, String status, long version) {}

    public record BasicTestResult(UUID participantId, int score, boolean passed, long version) {}

    public record VerificationRequested(UUID participantId, UUID requestId, long version) {}

    public record Balance(UUID participantId, String cardNumber, long balance, String currency, long version) {}

    public record TimelineItem(long version, String type, Instant occurredAt, String summaryId, String summaryEn) {}

    /** The answer to an accepted command, with the stream's version as its ETag. */
    public static Response accepted(Outcome<ParticipantEvent, ParticipantState> outcome) {
        return Response.ok(new Accepted(outcome.id(), outcome.state().status().name(), outcome.version()))
                .tag(new EntityTag(Long.toString(outcome.version())))
                .build();
    }
}
