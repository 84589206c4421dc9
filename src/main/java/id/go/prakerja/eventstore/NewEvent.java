package id.go.prakerja.eventstore;

import java.util.Objects;
import java.util.UUID;

/**
 * An event about to be appended: its id, versioned type name, payload as JSON text and, when the payload holds
 * sealed personal data, whose it is.
 */
public record NewEvent(UUID eventId, String type, String payload, EventMetadata metadata, UUID dataSubject) {

    /** An event without personal data. */
    public NewEvent(UUID eventId, String type, String payload, EventMetadata metadata) {
        this(eventId, type, payload, metadata, null);
    }

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
    }
}
