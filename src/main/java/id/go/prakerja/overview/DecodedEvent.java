package id.go.prakerja.overview;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.participant.ParticipantEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** An event of the overview's batch with what every statement needs of it, worked out once. */
record DecodedEvent(RecordedEvent recorded, ParticipantEvent event, UUID participantId, OffsetDateTime at) {

    DecodedEvent(RecordedEvent recorded, ParticipantEvent event) {
        this(
                recorded,
                event,
                UUID.fromString(StreamIds.id(recorded.streamId())),
                recorded.recordedAt().atOffset(ZoneOffset.UTC));
    }
}
