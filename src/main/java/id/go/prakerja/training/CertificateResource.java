package id.go.prakerja.training;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of certificates by number, and their PDF. */
@Path("/api/v1/certificates/{number}")
@Tag(name = "Certificates", description = "Anyone can verify a certificate by its number and download it as a PDF")
public class CertificateResource {

    private final CertificateQueries queries;
    private final String publicBaseUrl;

    public CertificateResource(
            CertificateQueries queries,
            @ConfigProperty(name = "prakerja.public-base-url", defaultValue = "https://www.prakerja.go.id")
                    String publicBaseUrl) {
        this.queries = queries;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Verify a certificate",
            description = "Shows whom it was issued to, for which training and when.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number")
    public Uni<CertificateView> verify(@PathParam("number") String number) {
        return find(number);
    }

    /** Rendering is CPU work of tens of milliseconds, so it runs on a worker thread. */
    @GET
    @PermitAll
    @Path("/pdf")
    @Produces("application/pdf")
    @Operation(
            summary = "Download a certificate",
            description = "A PDF with a QR code that links to its page for people, /certificates/{number}.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate as a PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No certificate has this number")
    public Uni<Response> pdf(@PathParam("number") String number) {
        return find(number)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(certificate -> Response.ok(CertificatePdf.render(certificate, verificationUrl(number)))
                        .header("Content-Disposition", "attachment; filename=\"sertifikat-" + number + ".pdf\"")
                        .build());
    }

    private String verificationUrl(String number) {
        return publicBaseUrl + "/certificates/" + number;
    }

    private Uni<CertificateView> find(String number) {
        return queries.certificate(number)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No certificate " + number));
    }
}
