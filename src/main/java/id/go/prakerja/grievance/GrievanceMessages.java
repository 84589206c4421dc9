package id.go.prakerja.grievance;

import id.go.prakerja.grievance.GrievanceEvent.Author;
import id.go.prakerja.platform.command.Loaded;
import id.go.prakerja.platform.command.Outcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the grievance endpoints take and answer. */
public final class GrievanceMessages {

    private GrievanceMessages() {}

    @Schema(description = "A complaint")
    public record Complaint(
            @Schema(
                    description = "REGISTRATION, VERIFICATION, PURCHASE, CERTIFICATE_NOT_SHOWN,"
                            + " INCENTIVE_NOT_RECEIVED or FRAUD_REPORT (the configured categories)",
                    examples = "INCENTIVE_NOT_RECEIVED")
            @NotBlank
            @Size(max = 64)
            String category,

            @Schema(description = "What happened, in the participant's words") @NotBlank @Size(max = 4000)
            String text,

            @Schema(description = "The purchase it is about, if any")
            UUID purchaseId,

            @Schema(description = "The incentive installment it is about (1 to 4), if any") @Min(1) @Max(12)
            Integer installment) {}

    @Schema(description = "A message in the conversation")
    public record Text(@NotBlank @Size(max = 4000) String text) {}

    @Schema(description = "An operator's reply")
    public record OperatorReply(
            @NotBlank @Size(max = 4000) String text,

            @Schema(description = "Wait for the participant's answer before going on")
            boolean awaitParticipant) {}

    @Schema(description = "How the grievance was resolved")
    public record Resolution(@NotBlank @Size(max = 4000) String resolution) {}

    @Schema(description = "Who works the grievance")
    public record Assignment(
            @Schema(description = "The operator's account id; absent: the caller")
            UUID operatorId) {}

    @Schema(description = "The grievance after the command")
    public record Accepted(UUID grievanceId, String status, Instant dueAt, long version) {

        static Accepted of(Outcome<GrievanceEvent, GrievanceState> outcome) {
            return new Accepted(
                    outcome.id(),
                    outcome.state().status().name(),
                    outcome.state().dueAt(),
                    outcome.version());
        }

        /** The answer to a filing: 201 with the new grievance. */
        static Response created(Outcome<GrievanceEvent, GrievanceState> outcome) {
            return Response.status(Response.Status.CREATED).entity(of(outcome)).build();
        }
    }

    @Schema(description = "One message: who wrote it, what and when")
    public record Message(Author author, String text, Instant at) {}

    @Schema(description = "A grievance with its whole conversation, the complaint first")
    public record Conversation(
            UUID grievanceId,
            UUID participantId,
            String category,
            boolean sensitive,
            String status,
            Instant filedAt,
            Instant dueAt,
            UUID assignedTo,
            List<Message> messages,
            String resolution,
            long version) {

        static Conversation of(Loaded<GrievanceState> loaded) {
            var state = loaded.state();
            return new Conversation(
                    state.grievanceId(),
                    state.participantId(),
                    state.category(),
                    state.sensitive(),
                    state.status().name(),
                    state.filedAt(),
                    state.dueAt(),
                    state.assignedTo(),
                    state.messages().stream()
                            .map(m -> new Message(m.author(), m.text(), m.at()))
                            .toList(),
                    state.resolution(),
                    loaded.version());
        }
    }
}
