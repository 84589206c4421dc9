package id.go.prakerja.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The page a certificate's QR code opens: what a person checking it wants to read, not JSON. */
@Path("/certificates/{number}")
@Tag(name = "Certificates")
public class CertificatePageResource {

    private static final DateTimeFormatter ISSUED_ON = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", Locale.forLanguageTag("id"))
            .withZone(ZoneId.of("Asia/Jakarta"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(CertificateView certificate, String issuedOn);

        static native TemplateInstance unknown(String number);
    }

    private final CertificateQueries queries;

    public CertificatePageResource(CertificateQueries queries) {
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "Show a certificate to a person",
            description = "The page its QR code links to: number, holder, training, provider and date of issue, in"
                    + " Indonesian with English labels.")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "404",
            description = "No certificate has this number",
            content = @Content(mediaType = "text/html"))
    public Uni<Response> page(@PathParam("number") String number) {
        return queries.certificate(number)
                .map(certificate -> certificate == null
                        ? Response.status(Response.Status.NOT_FOUND)
                                .entity(Templates.unknown(number))
                                .build()
                        : Response.ok(Templates.certificate(certificate, ISSUED_ON.format(certificate.issuedAt())))
                                .build());
    }
}
