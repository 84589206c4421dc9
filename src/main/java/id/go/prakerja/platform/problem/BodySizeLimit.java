package id.go.prakerja.platform.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body declared larger than the service takes is refused with a 413 problem before it is read. The HTTP layer's own
 * limit ({@code quarkus.http.limits.max-body-size}) stays above this one as the cap for bodies sent without a length,
 * which it answers itself, with an empty body.
 */
public class BodySizeLimit {

    /** Limits on what a request may carry. */
    @ConfigMapping(prefix = "prakerja.http")
    public interface Config {

        /** The largest request body, in bytes: the API takes small JSON documents. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    private final Config config;

    public BodySizeLimit(Config config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        var declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? 0 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (length <= config.maxBodyBytes()) {
            return null;
        }
        return Problem.of(
                        "http-413",
                        413,
                        ProblemMessages.localeOf(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                        request.getUriInfo().getPath(),
                        null,
                        config.maxBodyBytes())
                .toResponse();
    }
}
