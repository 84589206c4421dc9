package id.go.prakerja.platform.command;

import java.time.Instant;

/**
 * A request to change one stream. The service that builds it takes {@code now} from the injected clock, so that the
 * decider, which reads no clock, judges deadlines at the same instant the events are recorded at.
 */
public interface Command {

    Instant now();
}
