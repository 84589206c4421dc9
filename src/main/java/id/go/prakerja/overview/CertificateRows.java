package id.go.prakerja.overview;

import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

/**
 * The {@code certificates} row of an event, which copies the participant's name and the training from the rows
 * written before it.
 */
final class CertificateRows {

    private CertificateRows() {}

    static List<Uni<?>> write(SqlConnection transaction, DecodedEvent decoded) {
        if (decoded.event() instanceof ParticipantEvent.PersonalDataErased) {
            // The certificate stays (its number is part of the record); the name on it goes with the erasure.
            return List.of(transaction
                    .preparedQuery("update certificates set participant_name = '' where participant_id = $1")
                    .execute(Tuple.of(decoded.participantId())));
        }
        if (!(decoded.event() instanceof CertificateIssued certificate)) {
            return List.of();
        }
        return List.of(transaction
                .preparedQuery("insert into certificates (certificate_number, participant_id, purchase_id,"
                        + " participant_name, training_title, provider, platform_code, issued_at)"
                        + " select $1, p.participant_id, p.purchase_id, coalesce(o.full_name, ''), p.title,"
                        + " p.provider, p.platform_code, $3 from participant_purchases p"
                        + " join participant_overview o on o.participant_id = p.participant_id"
                        + " where p.purchase_id = $2 on conflict do nothing")
                .execute(Tuple.of(certificate.certificateNumber(), certificate.purchaseId(), decoded.at())));
    }
}
