package id.go.prakerja.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; extension members (such as {@code violations}) are serialised at the top level. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem detail in the client's language (Accept-Language). Extension members stand"
                + " beside the standard ones: violations (each a field or rule, and a message) when a request is"
                + " invalid or refused, currentVersion on a concurrent modification.")
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        // Not a member of its own: jsonExtensions() writes these beside the standard members.
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://prakerja.go.id/problems/";

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extensions));
    }

    @JsonAnyGetter
    public Map<String, Object> jsonExtensions() {
        return extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }

    /**
     * A problem whose type ends in {@code slug} and whose title and detail are the texts {@code <slug>.title} and
     * {@code <slug>.detail} in the client's language.
     */
    public static Problem of(
            String slug,
            int status,
            Locale locale,
            String instance,
            Map<String, Object> extensions,
            Object... details) {
        return new Problem(
                URI.create(TYPE_BASE + slug),
                ProblemMessages.text(locale, slug + ".title"),
                status,
                ProblemMessages.text(locale, slug + ".detail", details),
                instance,
                extensions);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
