package id.go.prakerja.access;

import id.go.prakerja.platform.problem.Problem;
import id.go.prakerja.platform.problem.ProblemMessages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A failed sign-in or refresh, as problem+json; neither says which part was wrong. */
public class AccessProblems {

    @ServerExceptionMapper
    public Response invalidCredentials(InvalidCredentials failure, HttpHeaders headers, UriInfo uri) {
        return Problem.of("invalid-credentials", 401, ProblemMessages.localeOf(headers), uri.getPath(), null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRefreshToken(InvalidRefreshToken failure, HttpHeaders headers, UriInfo uri) {
        return Problem.of("invalid-refresh-token", 401, ProblemMessages.localeOf(headers), uri.getPath(), null)
                .toResponse();
    }
}
