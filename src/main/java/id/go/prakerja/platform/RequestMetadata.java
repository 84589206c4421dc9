package id.go.prakerja.platform;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.relay.TraceContexts;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/**
 * The metadata of events caused by an HTTP request: its correlation id (the caller's or a new one), its actor, the
 * signed-in account with the roles it held, and the request's trace when tracing is on.
 */
public final class RequestMetadata {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private RequestMetadata() {}

    /** For a request no one signed in to, such as a registration; {@code actor} says who acts. */
    public static EventMetadata of(HttpHeaders headers, String actor) {
        var correlationId = correlationId(headers);
        return EventMetadata.of(correlationId, correlationId, actor)
                .withTraceparent(TraceContexts.currentTraceparent());
    }

    /** For a signed-in caller: {@code participant:<id>} or {@code operator:<id>}, with the token's roles. */
    public static EventMetadata of(HttpHeaders headers, SecurityIdentity caller) {
        var correlationId = correlationId(headers);
        var roles = caller.getRoles().stream().sorted().toList();
        var kind = Roles.isOperator(caller.getRoles()) ? "operator:" : "participant:";
        return EventMetadata.of(
                        correlationId,
                        correlationId,
                        kind + caller.getPrincipal().getName(),
                        roles)
                .withTraceparent(TraceContexts.currentTraceparent());
    }

    /** For a participant acting on their own journey by a code that proves it, without signing in. */
    public static EventMetadata ofParticipant(HttpHeaders headers, UUID participantId) {
        return of(headers, "participant:" + participantId);
    }

    /** The stream version the request's {@code If-Match} names, if any. */
    public static IfMatch ifMatch(HttpHeaders headers) {
        return IfMatch.of(headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    private static String correlationId(HttpHeaders headers) {
        var correlationId = headers == null ? null : headers.getHeaderString(CORRELATION_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 128) {
            correlationId = UUID.randomUUID().toString();
        }
        return correlationId;
    }
}
