package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.RecordedEvent;
import java.util.Optional;
import java.util.Set;

/** Something that follows the log in commit order under a durable checkpoint of its own. */
public sealed interface EventSubscriber permits Projection, LogConsumer {

    /** The checkpoint's name; renaming it replays the log from the start. */
    String name();

    /** Events it does not handle are passed over, but its checkpoint still moves past them. */
    default boolean handles(RecordedEvent event) {
        return true;
    }

    /**
     * The stored types whose payloads it reads, when it can name them; it must name every type it handles. Reading
     * the log itself (catching up, rebuilding), it then gets the other events without their payloads, to pass over:
     * eight subscribers each copying every payload of a 10 M-event log were a quarter of a catch-up's allocation.
     * Empty: every payload.
     */
    default Optional<Set<String>> payloadTypes() {
        return Optional.empty();
    }

    /**
     * Whether it reads the payloads of the events it handles. One that works from the metadata alone (the audit trail)
     * handles events of every type and names no payload type.
     */
    default boolean readsPayloads() {
        return true;
    }
}
