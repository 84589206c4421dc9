package id.go.prakerja.eventstore.subscription;

import id.go.prakerja.eventstore.RecordedEvent;

/** Something that follows the log in commit order under a durable checkpoint of its own. */
public sealed interface EventSubscriber permits Projection, LogConsumer {

    /** The checkpoint's name; renaming it replays the log from the start. */
    String name();

    /** Events it does not handle are passed over, but its checkpoint still moves past them. */
    default boolean handles(RecordedEvent event) {
        return true;
    }
}
