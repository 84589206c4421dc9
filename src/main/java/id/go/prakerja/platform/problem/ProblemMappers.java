package id.go.prakerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.platform.command.PreconditionFailed;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.pgclient.PgException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as {@code application/problem+json}, in the client's language. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailed failed, HttpHeaders headers, UriInfo uri) {
        return Problem.of(
                        "precondition-failed",
                        412,
                        locale(headers),
                        uri.getPath(),
                        Map.of("currentVersion", failed.current()))
                .toResponse();
    }

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
    public Response ruleViolated(RuleViolated violated, HttpHeaders headers, UriInfo uri) {
        var locale = locale(headers);
        return Problem.of(
                        "rule-violated",
                        status(violated.violations()),
                        locale,
                        uri.getPath(),
                        Map.of("violations", localised(violated.violations(), locale)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response notEligible(NotEligible notEligible, HttpHeaders headers, UriInfo uri) {
        var locale = locale(headers);
        return Problem.of(
                        "not-eligible",
                        422,
                        locale,
                        uri.getPath(),
                        Map.of(
                                "participantId", notEligible.participantId(),
                                "version", notEligible.version(),
                                "violations", localised(notEligible.violations(), locale)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response projectionBehind(ProjectionBehind behind, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(Problem.of("projection-behind", 503, locale(headers), uri.getPath(), null)
                        .toResponse())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .build();
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException mismatched, HttpHeaders headers, UriInfo uri) {
        return malformedJson(mismatched, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException invalid, HttpHeaders headers, UriInfo uri) {
        return invalid((ConstraintViolationException) invalid, headers, uri);
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

    /**
     * PostgreSQL's data exceptions (SQLSTATE class 22) are the request's values, not the service's failure: a NUL
     * character in a text (22P05 in a {@code jsonb} event, 22021 in a parameter) or a number out of range.
     */
    @ServerExceptionMapper
    public Response unstorable(PgException failure, HttpHeaders headers, UriInfo uri) {
        var state = failure.getSqlState();
        if (state == null || !state.startsWith("22")) {
            return unexpected(failure, headers, uri);
        }
        LOG.infof("Request to %s refused by the database as data (SQLSTATE %s)", uri.getPath(), state);
        return Problem.of("unstorable-value", 400, locale(headers), uri.getPath(), null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(failure, "Unexpected failure on %s", uri.getPath());
        return Problem.of("internal-error", 500, locale(headers), uri.getPath(), null)
                .toResponse();
    }

    /** The status of the most telling kind among the broken rules. */
    static int status(List<Violation> violations) {
        var kind = violations.stream()
                .map(violation -> violation.rule().kind())
                .min(Comparator.naturalOrder())
                .orElse(Rule.Kind.UNPROCESSABLE);
        return switch (kind) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
    }

    private static List<Map<String, String>> localised(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> Map.of(
                        "rule", v.rule().name(),
                        "message",
                                ProblemMessages.text(
                                        locale,
                                        "rule." + v.rule().name(),
                                        v.arguments().toArray())))
                .toList();
    }

    private static Locale locale(HttpHeaders headers) {
        return ProblemMessages.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
