package id.go.prakerja.identity;

import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.platform.outbound.PartnerRequester;
import id.go.prakerja.platform.outbound.PartnerRequests;
import io.smallrye.reactive.messaging.MutinyEmitter;
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
        if (request.nik() == null) {
            return null; // erased before it was sent: the registry must not get what is no longer there
        }
        var body = new IdentityVerificationRequest(
                request.requestId(),
                java.util.UUID.fromString(participantId),
                request.nik(),
                request.kkNumber(),
                request.fullName(),
                request.birthDate().toString(),
                request.selfieReference());
        return new PartnerRequests.Request(request.requestId().toString(), TYPE, participantId, body);
    }
}
