package id.go.prakerja.platform;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.platform.command.IfMatch;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/** The metadata of events caused by an HTTP request: its correlation id (the caller's or a new one) and actor. */
public final class RequestMetadata {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private RequestMetadata() {}

    public static EventMetadata of(HttpHeaders headers, String actor) {
        var correlationId = headers == null ? null : headers.getHeaderString(CORRELATION_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 128) {
            correlationId = UUID.randomUUID().toString();
        }
        return EventMetadata.of(correlationId, correlationId, actor);
    }

    /** For a participant acting on their own journey. */
    public static EventMetadata ofParticipant(HttpHeaders headers, UUID participantId) {
        return of(headers, "participant:" + participantId);
    }

    /** The stream version the request's {@code If-Match} names, if any. */
    public static IfMatch ifMatch(HttpHeaders headers) {
        return IfMatch.of(headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH));
    }
}
