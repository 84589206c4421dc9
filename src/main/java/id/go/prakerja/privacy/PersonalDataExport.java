package id.go.prakerja.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvolution;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.participant.Profile;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A participant's copy of what the platform holds about them (the right of access): who they are as the journey
 * knows them now, and every event of their journey in clear. Secrets are left out: a password's hash and a one-time
 * code's digest are nobody's data to read. After an erasure the personal fields are null and {@code erased} says so.
 */
public record PersonalDataExport(
        UUID participantId,
        String status,
        boolean erased,
        String email,
        String privacyNoticeVersion,
        Profile profile,
        PayoutAccount payoutAccount,
        String cardNumber,
        long trainingBalance,
        List<Entry> journey) {

    private static final Set<String> SECRETS = Set.of("passwordHash", "tokenHash");

    /** One event of the journey: its stored type, when it was recorded and what it says. */
    public record Entry(String type, long version, Instant recordedAt, JsonNode data) {}

    static PersonalDataExport of(
            UUID participantId, EventTypeRegistry<ParticipantEvent> types, List<RecordedEvent> log) {
        var state = ParticipantState.INITIAL;
        var journey = new java.util.ArrayList<Entry>(log.size());
        for (var recorded : log) {
            var event = types.fromRecorded(recorded);
            state = ParticipantEvolution.evolve(state, event);
            var data = (ObjectNode) types.toClearJson(event);
            data.remove(SECRETS);
            journey.add(new Entry(recorded.type(), recorded.streamVersion(), recorded.recordedAt(), data));
        }
        return new PersonalDataExport(
                participantId,
                state.status().name(),
                state.status() == id.go.prakerja.participant.ParticipantStatus.ERASED,
                state.email(),
                state.privacyNoticeVersion(),
                state.profile(),
                state.payoutAccount(),
                state.cardNumber(),
                state.balance(),
                journey);
    }
}
