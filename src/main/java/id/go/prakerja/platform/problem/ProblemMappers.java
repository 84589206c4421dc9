package id.go.prakerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as {@code application/problem+json}, in the client's language. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response conflict(WrongExpectedVersion conflict, HttpHeaders headers, UriInfo uri) {
        return Problem.of(
                        "concurrent-modification",
                        409,
                        locale(headers),
                        uri.getPath(),
                        Map.of("currentVersion", conflict.actual()))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException malformed, HttpHeaders headers, UriInfo uri) {
        return Problem.of(
                        "malformed-request", 400, locale(headers), uri.getPath(), null, malformed.getOriginalMessage())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid, HttpHeaders headers, UriInfo uri) {
        var violations = invalid.getConstraintViolations().stream()
                .map(violation -> Map.of(
                        "field", lastNode(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
                .toList();
        return Problem.of("invalid-request", 400, locale(headers), uri.getPath(), Map.of("violations", violations))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, HttpHeaders headers, UriInfo uri) {
        int status = failure.getResponse().getStatus();
        return Problem.of("http-" + status, status, locale(headers), uri.getPath(), null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(failure, "Unexpected failure on %s", uri.getPath());
        return Problem.of("internal-error", 500, locale(headers), uri.getPath(), null)
                .toResponse();
    }

    private static Locale locale(HttpHeaders headers) {
        return ProblemMessages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
