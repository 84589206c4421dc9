package id.go.prakerja.training;

import java.time.Instant;

/** What anyone may see of a certificate: no personal data beyond the name. */
public record CertificateView(
        String certificateNumber,
        String participantName,
        String trainingTitle,
        String provider,
        String platform,
        Instant issuedAt) {}
