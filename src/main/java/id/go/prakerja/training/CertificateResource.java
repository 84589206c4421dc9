package id.go.prakerja.training;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Public verification of certificates by number, and their PDF. */
@Path("/api/v1/certificates/{number}")
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
    public Uni<CertificateView> verify(@PathParam("number") String number) {
        return find(number);
    }

    /** Rendering is CPU work of tens of milliseconds, so it runs on a worker thread. */
    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    public Uni<Response> pdf(@PathParam("number") String number) {
        return find(number)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(certificate -> Response.ok(CertificatePdf.render(certificate, verificationUrl(number)))
                        .header("Content-Disposition", "attachment; filename=\"sertifikat-" + number + ".pdf\"")
                        .build());
    }

    private String verificationUrl(String number) {
        return publicBaseUrl + "/api/v1/certificates/" + number;
    }

    private Uni<CertificateView> find(String number) {
        return queries.certificate(number)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("No certificate " + number));
    }
}
