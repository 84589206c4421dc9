package id.go.prakerja.incentive;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import id.go.prakerja.journey.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.journey.ParticipantService;
import id.go.prakerja.platform.outbound.PartnerRequests;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The process manager that sends each recorded disbursement request to the bank / e-wallet partner. A resend after
 * a crash carries the same disbursement id, by which the partner recognises it.
 */
@ApplicationScoped
public class DisbursementRequester implements LogConsumer {

    static final String TYPE = "disbursement-request.v1";
    private static final URI SOURCE = URI.create("/prakerja-platform/incentive");

    private final MutinyEmitter<String> requests;
    private final ParticipantService participants;

    public DisbursementRequester(
            @Channel("disbursement-requests") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                    MutinyEmitter<String> requests,
            ParticipantService participants) {
        this.requests = requests;
        this.participants = participants;
    }

    @Override
    public String name() {
        return "disbursement-requester";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(ParticipantService.CATEGORY)
                && event.type().equals(participants.types().typeName(DisbursementRequested.class));
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        return PartnerRequests.sendAll(requests, SOURCE, events, this::request);
    }

    private PartnerRequests.Request request(RecordedEvent recorded) {
        var request = (DisbursementRequested) participants.types().fromRecorded(recorded);
        var participantId = StreamIds.id(recorded.streamId());
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
