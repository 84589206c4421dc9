package id.go.prakerja.eventstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who caused an event and as part of what: the correlation id follows one request or message through every stream
 * it touches, the causation id names the command or event that directly caused it, the actor is the signed-in
 * account ({@code participant:<id>}, {@code operator:<id>}) or the system part that acted, and the roles are those
 * the actor held when it acted, so that an audit can tell under which role a change was made. The traceparent (W3C
 * Trace Context) is the trace of the request that appended it, when tracing is on, so that the relay's Kafka record
 * continues that trace.
 */
public record EventMetadata(
        String correlationId,
        String causationId,
        String actor,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> actorRoles,
        @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent) {

    public EventMetadata {
        actorRoles = actorRoles == null ? List.of() : List.copyOf(actorRoles);
    }

    public static EventMetadata of(String correlationId, String causationId, String actor) {
        return new EventMetadata(correlationId, causationId, actor, List.of(), null);
    }

    public static EventMetadata of(String correlationId, String causationId, String actor, List<String> actorRoles) {
        return new EventMetadata(correlationId, causationId, actor, actorRoles, null);
    }

    public EventMetadata withTraceparent(String trace) {
        return new EventMetadata(correlationId, causationId, actor, actorRoles, trace);
    }
}
