package id.go.prakerja.training;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the issued certificates. */
@ApplicationScoped
public class CertificateQueries {

    private final Pool pool;

    public CertificateQueries(Pool pool) {
        this.pool = pool;
    }

    /** The certificate with this number; null when there is none. */
    public Uni<CertificateView> certificate(String number) {
        return pool.preparedQuery("select c.certificate_number, c.participant_name, c.training_title, c.provider,"
                        + " coalesce(p.name, c.platform_code) as platform, c.issued_at from certificates c"
                        + " left join training_platforms p on p.code = c.platform_code where c.certificate_number = $1")
                .execute(Tuple.of(number))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        return null;
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
