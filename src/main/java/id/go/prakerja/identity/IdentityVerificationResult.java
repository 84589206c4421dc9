package id.go.prakerja.identity;

import java.util.UUID;

/** The population registry's answer, as it arrives on the results topic (schema v1). */
public record IdentityVerificationResult(
        UUID requestId, UUID participantId, Boolean nikMatch, Boolean kkMatch, Boolean faceMatch, String reason) {

    /** Whether every field the journey needs is there. */
    boolean complete() {
        return requestId != null && participantId != null && nikMatch != null && kkMatch != null && faceMatch != null;
    }
}
