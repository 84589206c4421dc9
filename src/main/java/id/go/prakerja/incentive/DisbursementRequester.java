package id.go.prakerja.incentive;

import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.outbound.PartnerRequester;
import id.go.prakerja.platform.outbound.PartnerRequests;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Singleton;
import java.net.URI;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The process manager that sends each recorded disbursement request to the bank / e-wallet partner. A resend after
 * a crash carries the same disbursement id, by which the partner recognises it.
 */
@Singleton
public class DisbursementRequester extends PartnerRequester<DisbursementRequested> {

    static final String TYPE = "disbursement-request.v1";

    public DisbursementRequester(
            @Channel("disbursement-requests") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                    MutinyEmitter<String> requests,
            ParticipantService participants) {
        super(
                "disbursement-requester",
                requests,
                URI.create("/prakerja-platform/incentive"),
                ParticipantService.CATEGORY,
                participants.types(),
                DisbursementRequested.class);
    }

    @Override
    protected PartnerRequests.Request request(DisbursementRequested request, String participantId) {
        var account = request.account();
        if (account == null) {
            return null; // erased before it was sent: the bank never gets it, and the payment stays unmade
        }
        var body = new DisbursementRequest(
                request.disbursementId(),
                java.util.UUID.fromString(participantId),
                request.installment(),
                request.amount(),
                "IDR",
                new DisbursementRequest.Account(
                        account.type().name(), account.provider(), account.accountNumber(), account.holderName()));
        return new PartnerRequests.Request(request.disbursementId().toString(), TYPE, participantId, body);
    }
}
