package id.go.prakerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * What the HTTP layer would refuse with an empty body is refused here first, as a problem in the client's language: a
 * body declared too large (413), an address too long (414), headers too large (431). The server's own limits
 * ({@code quarkus.http.limits.*}) stay a few times above these as the hard cap: only requests beyond them, a body sent
 * without a length beyond {@code max-body-size}, and a target that {@link java.net.URI} cannot parse (such as a bad
 * %-escape, refused by Quarkus' root handler before any route) still get the server's bare answer.
 */
@ApplicationScoped
public class HttpRequestLimits {

    /** Limits on what a request may carry. */
    @ConfigMapping(prefix = "prakerja.http")
    public interface Config {

        /** The largest request body, in bytes: the API takes small JSON documents. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** The longest request target (path and query), in characters. */
        @WithDefault("4096")
        int maxUriLength();

        /** The most bytes all header lines of a request may take together. */
        @WithDefault("16384")
        int maxHeaderBytes();
    }

    // Before authentication and every other route: a request refused here has done nothing yet.
    private static final int ORDER = -20_000;

    private final Config config;
    private final ObjectMapper mapper;

    public HttpRequestLimits(Config config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        var problem = problemOf(context.request());
        if (problem == null) {
            context.next();
        } else {
            answer(context, problem);
        }
    }

    private void answer(RoutingContext context, Problem problem) {
        if (context.response().ended()) {
            return;
        }
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }

    private Problem problemOf(HttpServerRequest request) {
        var locale = ProblemMessages.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (request.uri().length() > config.maxUriLength()) {
            return Problem.of("http-414", 414, locale, null, null, config.maxUriLength());
        }
        if (headerBytes(request) > config.maxHeaderBytes()) {
            return Problem.of("http-431", 431, locale, request.path(), null, config.maxHeaderBytes());
        }
        if (declaredLength(request) > config.maxBodyBytes()) {
            return Problem.of("http-413", 413, locale, request.path(), null, config.maxBodyBytes());
        }
        return null;
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The declared body length; a length that is not a number is left to the HTTP layer. */
    private static long declaredLength(HttpServerRequest request) {
        var declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return declared == null ? 0 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
