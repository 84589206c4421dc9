package id.go.prakerja.identity;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import id.go.prakerja.journey.ParticipantEvent.IdentityVerificationRequested;
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
 * The process manager that turns each recorded verification request into a message for the population registry.
 * It follows the log, so a request is sent only once it is committed, and again after a crash (the registry
 * answers by request id, which the participant's journey deduplicates).
 */
@ApplicationScoped
public class IdentityVerificationRequester implements LogConsumer {

    static final String TYPE = "identity-verification-request.v1";
    private static final URI SOURCE = URI.create("/prakerja-platform/identity");

    private final MutinyEmitter<String> requests;
    private final ParticipantService participants;

    public IdentityVerificationRequester(
            @Channel("identity-verification-requests")
                    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                    MutinyEmitter<String> requests,
            ParticipantService participants) {
        this.requests = requests;
        this.participants = participants;
    }

    @Override
    public String name() {
        return "identity-verification-requester";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(ParticipantService.CATEGORY)
                && event.type().equals(participants.types().typeName(IdentityVerificationRequested.class));
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        return PartnerRequests.sendAll(requests, SOURCE, events, this::request);
    }

    private PartnerRequests.Request request(RecordedEvent recorded) {
        var request = (IdentityVerificationRequested) participants.types().fromRecorded(recorded);
        var participantId = StreamIds.id(recorded.streamId());
        var body = new JsonObject()
                .put("requestId", request.requestId().toString())
                .put("participantId", participantId)
                .put("nik", request.nik())
                .put("kkNumber", request.kkNumber())
                .put("fullName", request.fullName())
                .put("birthDate", request.birthDate().toString())
                .put("selfieReference", request.selfieReference());
        return new PartnerRequests.Request(request.requestId().toString(), TYPE, participantId, body);
    }
}
