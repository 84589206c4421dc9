package id.go.prakerja.identity;

import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
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
 * Sends each recorded verification request to the population registry; the registry answers by request id, which
 * the participant's journey deduplicates.
 */
@Singleton
public class IdentityVerificationRequester extends PartnerRequester<IdentityVerificationRequested> {

    static final String TYPE = "identity-verification-request.v1";

    public IdentityVerificationRequester(
            @Channel("identity-verification-requests")
                    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                    MutinyEmitter<String> requests,
            ParticipantService participants) {
        super(
                "identity-verification-requester",
                requests,
                URI.create("/prakerja-platform/identity"),
                ParticipantService.CATEGORY,
                participants.types(),
                IdentityVerificationRequested.class);
    }

    @Override
    protected PartnerRequests.Request request(IdentityVerificationRequested request, String participantId) {
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
