package id.go.prakerja.eventstore;

import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/** An event about to be appended: its id, versioned type name and JSON payload. */
public record NewEvent(UUID eventId, String type, JsonObject payload, EventMetadata metadata) {

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
    }
}
