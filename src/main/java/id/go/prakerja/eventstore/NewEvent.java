package id.go.prakerja.eventstore;

import java.util.Objects;
import java.util.UUID;

/** An event about to be appended: its id, versioned type name and payload as JSON text. */
public record NewEvent(UUID eventId, String type, String payload, EventMetadata metadata) {

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
    }
}
