package id.go.prakerja.training;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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

    private final Pool pool;
    private final String publicBaseUrl;

    public CertificateResource(
            Pool pool,
            @ConfigProperty(name = "prakerja.public-base-url", defaultValue = "https://www.prakerja.go.id")
                    String publicBaseUrl) {
        this.pool = pool;
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
        return pool.preparedQuery("select c.certificate_number, c.participant_name, c.training_title, c.provider,"
                        + " coalesce(p.name, c.platform_code) as platform, c.issued_at from certificates c"
                        + " left join training_platforms p on p.code = c.platform_code where c.certificate_number = $1")
                .execute(Tuple.of(number))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new NotFoundException("No certificate " + number);
                    }
                    var row = rows.iterator().next();
                    return new CertificateView(
                            row.getString("certificate_number"),
                            row.getString("participant_name"),
                            row.getString("training_title"),
                            row.getString("provider"),
                            row.getString("platform"),
                            row.getOffsetDateTime("issued_at").toInstant());
                });
    }
}
