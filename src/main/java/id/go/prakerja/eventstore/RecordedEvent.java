package id.go.prakerja.eventstore;

import id.go.prakerja.eventstore.personal.SubjectKey;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as the log holds it. The payload stays JSON text until someone reads it: the relay passes it on as it is,
 * and a subscriber decodes only the events it handles, each once, straight into its record. It is null in an event
 * read for a subscriber that does not read that type ({@code EventSubscriber.payloadTypes}). An event with
 * personal data names its data subject and comes with the subject's key (erased once destroyed), for the decoding.
 */
public record RecordedEvent(
        long globalPosition,
        String streamId,
        long streamVersion,
        UUID eventId,
        String type,
        String payload,
        EventMetadata metadata,
        long transactionId,
        Instant recordedAt,
        UUID dataSubject,
        SubjectKey key) {

    /** The same event with its data subject's key, to decode its personal data with. */
    public RecordedEvent withKey(SubjectKey subjectKey) {
        return new RecordedEvent(
                globalPosition,
                streamId,
                streamVersion,
                eventId,
                type,
                payload,
                metadata,
                transactionId,
                recordedAt,
                dataSubject,
                subjectKey);
    }

    /** The payload as a JSON tree, for a reader that has no record for it. */
    public JsonObject payloadJson() {
        return new JsonObject(payload);
    }

    /** Where a reader that has handled this event stands in commit order. */
    public LogPosition logPosition() {
        return new LogPosition(transactionId, globalPosition);
    }

    /** The stream's category: the part of its id before the first '-', e.g. {@code order} for {@code order-42}. */
    public String category() {
        return StreamIds.category(streamId);
    }

    /** The version of the stream after {@code events}, read from its start: 0 when there are none. */
    public static long versionAfter(java.util.List<RecordedEvent> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).streamVersion();
    }
}
