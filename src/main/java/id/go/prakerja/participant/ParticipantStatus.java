package id.go.prakerja.participant;

/** Where a participant stands in the journey, as the status projection and the API show it. */
public enum ParticipantStatus {
    REGISTERED,
    EMAIL_VERIFIED,
    PROFILE_COMPLETED,
    NOT_ELIGIBLE,
    BASIC_TEST_PASSED,
    BASIC_TEST_FAILED,
    IDENTITY_VERIFICATION_PENDING,
    IDENTITY_VERIFIED,
    IDENTITY_REJECTED,
    BATCH_JOINED,
    NOT_SELECTED,
    CARD_ISSUED,
    TRAINING_PURCHASED,
    TRAINING_COMPLETED,
    CERTIFIED,
    INCENTIVE_IN_PROGRESS,
    FINISHED,
    REVOKED,
    FROZEN
}
