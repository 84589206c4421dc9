package id.go.prakerja.identity;

import java.util.UUID;

/** The population registry's answer, as it arrives on the results topic (schema v1). */
public record IdentityVerificationResult(
        UUID requestId, UUID participantId, Boolean nikMatch, Boolean kkMatch, Boolean faceMatch, String reason) {

    /** The fields the journey needs that are missing; empty when there are none. */
    String problem() {
        return requestId != null && participantId != null && nikMatch != null && kkMatch != null && faceMatch != null
                ? ""
                : "requestId, participantId, nikMatch, kkMatch and faceMatch are required";
    }
}
