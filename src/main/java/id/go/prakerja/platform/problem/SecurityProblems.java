package id.go.prakerja.platform.problem;

import id.go.prakerja.platform.security.TooManyAttempts;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401, 403 and 429 as problem+json in the client's language, with the {@code WWW-Authenticate} challenge of RFC 6750
 * that tells a client to sign in or refresh.
 */
public class SecurityProblems {

    private static final String CHALLENGE = "Bearer realm=\"prakerja\"";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException failure, HttpHeaders headers, UriInfo uri) {
        return challenge(CHALLENGE, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException failure, HttpHeaders headers, UriInfo uri) {
        return challenge(CHALLENGE + ", error=\"invalid_token\"", headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(
                        Problem.of("forbidden", 403, ProblemMessages.localeOf(headers), uri.getPath(), null)
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"insufficient_scope\"")
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttempts locked, HttpHeaders headers, UriInfo uri) {
        long seconds = locked.retryAfterSeconds();
        return Response.fromResponse(Problem.of(
                                "too-many-attempts",
                                429,
                                ProblemMessages.localeOf(headers),
                                uri.getPath(),
                                java.util.Map.of("retryAfterSeconds", seconds),
                                seconds)
                        .toResponse())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .build();
    }

    private static Response challenge(String challenge, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(
                        Problem.of("unauthenticated", 401, ProblemMessages.localeOf(headers), uri.getPath(), null)
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
