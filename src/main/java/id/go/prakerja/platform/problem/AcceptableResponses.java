package id.go.prakerja.platform.problem;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts none of what an endpoint answers in gets 406, not a 201 in JSON it said it cannot read: the
 * endpoint's {@code @Produces}, JSON where it names none. Its problem is JSON all the same (RFC 9110 allows that).
 */
public class AcceptableResponses {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response acceptable(ContainerRequestContext request, ResourceInfo resource) {
        var method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        var types = produced.computeIfAbsent(method, AcceptableResponses::producedBy);
        for (var accepted : request.getAcceptableMediaTypes()) {
            if (types.stream().anyMatch(accepted::isCompatible)) {
                return null;
            }
        }
        return Problem.of(
                        "http-406",
                        406,
                        ProblemMessages.localeOf(request.getHeaderString("Accept-Language")),
                        request.getUriInfo().getPath(),
                        null)
                .toResponse();
    }

    private static List<MediaType> producedBy(Method method) {
        var produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        if (produces == null || produces.value().length == 0) {
            return JSON;
        }
        return Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .map(MediaType::valueOf)
                .toList();
    }
}
