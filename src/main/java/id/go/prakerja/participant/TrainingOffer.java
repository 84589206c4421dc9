package id.go.prakerja.participant;

import java.util.UUID;

/** A training as it was offered at the moment of purchase: what the participant paid for. */
public record TrainingOffer(
        UUID trainingId,
        String title,
        String platformCode,
        String platformName,
        String platformUrl,
        String provider,
        long price,
        int moduleCount,
        String schedule,
        String mentorContact,
        boolean published) {}
