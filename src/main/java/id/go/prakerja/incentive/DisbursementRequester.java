package id.go.prakerja.incentive;

import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.outbound.PartnerRequester;
import id.go.prakerja.platform.outbound.PartnerRequests;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.json.JsonObject;
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
        var body = new JsonObject()
                .put("disbursementId", request.disbursementId().toString())
                .put("participantId", participantId)
                .put("installment", request.installment())
                .put("amount", request.amount())
                .put("currency", "IDR")
                .put(
                        "account",
                        new JsonObject()
                                .put("type", account.type().name())
                                .put("provider", account.provider())
                                .put("accountNumber", account.accountNumber())
                                .put("accountHolderName", account.holderName()));
        return new PartnerRequests.Request(request.disbursementId().toString(), TYPE, participantId, body);
    }
}
