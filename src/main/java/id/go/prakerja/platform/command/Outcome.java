package id.go.prakerja.platform.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a handled command left behind: the stream's version after it, the events it appended (none when the command
 * changed nothing), the state they led to and the instant they were recorded at.
 */
public record Outcome<E, S>(UUID id, long version, List<E> events, S state, Instant recordedAt) {

    public Outcome {
        events = List.copyOf(events);
    }

    /** The first appended event of a type, for an answer that reports what happened. */
    public <T extends E> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public boolean has(Class<? extends E> type) {
        return events.stream().anyMatch(type::isInstance);
    }
}
