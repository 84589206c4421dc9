package id.go.prakerja.identity;

import java.util.UUID;

/**
 * What the population registry gets on {@code prakerja.identity-verification-requests.v1}, which only it may read:
 * the identity to check against Dukcapil's records, and the selfie's reference for the face match (schema v1).
 */
public record IdentityVerificationRequest(
        UUID requestId,
        UUID participantId,
        String nik,
        String kkNumber,
        String fullName,
        String birthDate,
        String selfieReference) {}
