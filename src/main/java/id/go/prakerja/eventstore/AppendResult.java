package id.go.prakerja.eventstore;

/** The stream's version after an append (the next expected version) and the last event's global position. */
public record AppendResult(long streamVersion, long lastGlobalPosition) {}
