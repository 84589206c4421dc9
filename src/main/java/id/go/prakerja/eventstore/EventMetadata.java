package id.go.prakerja.eventstore;

/**
 * Who caused an event and as part of what: the correlation id follows one request or message through every stream
 * it touches, the causation id names the command or event that directly caused it.
 */
public record EventMetadata(String correlationId, String causationId, String actor) {

    public static EventMetadata of(String correlationId, String causationId, String actor) {
        return new EventMetadata(correlationId, causationId, actor);
    }
}
