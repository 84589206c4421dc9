package id.go.prakerja.platform.command;

/** A stream's state and the version it was folded from: the version the next append expects. */
public record Loaded<S>(S state, long version) {}
