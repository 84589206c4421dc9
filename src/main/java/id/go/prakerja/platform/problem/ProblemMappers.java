package id.go.prakerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.prakerja.eventstore.DatabaseFailures;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.eventstore.personal.SubjectErased;
import id.go.prakerja.platform.command.PreconditionFailed;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
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

    /** Whatever the command was, nothing personal is written for someone whose data was erased. */
    @ServerExceptionMapper
    public Response subjectErased(SubjectErased erased, HttpHeaders headers, UriInfo uri) {
        return ruleViolated(new RuleViolated(List.of(Violation.of(Rule.PARTICIPANT_ERASED))), headers, uri);
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
        return retryLater(Problem.of("projection-behind", 503, locale(headers), uri.getPath(), null), 1);
    }

    @ServerExceptionMapper
    public Response limitReached(LimitReached limit, HttpHeaders headers, UriInfo uri) {
        return retryLater(Problem.of(limit.slug(), 429, locale(headers), uri.getPath(), null, limit.details()), (int)
                limit.retryAfterSeconds());
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
    public Response invalidParameter(InvalidParameter invalid, HttpHeaders headers, UriInfo uri) {
        var locale = locale(headers);
        var violation = Map.of(
                "field", invalid.parameter(), "message", ProblemMessages.text(locale, "parameter." + invalid.kind()));
        return Problem.of("invalid-request", 400, locale, uri.getPath(), Map.of("violations", List.of(violation)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRows(InvalidRows invalid, HttpHeaders headers, UriInfo uri) {
        var locale = locale(headers);
        var violations = invalid.cells().stream()
                .map(cell -> Map.of(
                        "field",
                        "line " + cell.line() + ": " + cell.column(),
                        "message",
                        ProblemMessages.text(locale, "row." + cell.kind())))
                .toList();
        return Problem.of("invalid-request", 400, locale, uri.getPath(), Map.of("violations", violations))
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
     * The failures nobody mapped, checked ones and bare throwables included (a refused connection is one, a closed one
     * the other), sorted once by
     * {@link DatabaseFailures}: PostgreSQL's data exceptions are the request's values, not the service's failure (a
     * NUL character in a text: 22P05 in a {@code jsonb} event, 22021 in a parameter); an unreachable database or a
     * transaction in the way is a moment to wait, said with {@code Retry-After}; the rest is ours.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpHeaders headers, UriInfo uri) {
        var locale = locale(headers);
        switch (DatabaseFailures.classify(failure)) {
            case DATA:
                LOG.infof("Request to %s refused by the database as data: %s", uri.getPath(), failure.getMessage());
                return Problem.of("unstorable-value", 400, locale, uri.getPath(), null)
                        .toResponse();
            case UNAVAILABLE:
                LOG.warnf("Request to %s answered 503, the database is unavailable: %s", uri.getPath(), failure);
                return retryLater(Problem.of("database-unavailable", 503, locale, uri.getPath(), null), 5);
            case CONTENTION:
                LOG.infof("Request to %s answered 503 after a conflict in the database: %s", uri.getPath(), failure);
                return retryLater(Problem.of("database-contention", 503, locale, uri.getPath(), null), 1);
            default:
                LOG.errorf(failure, "Unexpected failure on %s", uri.getPath());
                return Problem.of("internal-error", 500, locale, uri.getPath(), null)
                        .toResponse();
        }
    }

    private static Response retryLater(Problem problem, int seconds) {
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(seconds))
                .build();
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
