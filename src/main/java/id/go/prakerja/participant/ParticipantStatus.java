package id.go.prakerja.participant;

import java.util.EnumSet;
import java.util.Set;

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
    FROZEN,
    /** The personal data was erased at the participant's request: the journey ends, the money trail stays. */
    ERASED;

    private static final Set<ParticipantStatus> CARD_ACTIVE =
            EnumSet.of(CARD_ISSUED, TRAINING_PURCHASED, TRAINING_COMPLETED, CERTIFIED, INCENTIVE_IN_PROGRESS, FINISHED);

    /** The card can be used: from its issue to the journey's end, unless it was revoked or the participant frozen. */
    public boolean cardActive() {
        return CARD_ACTIVE.contains(this);
    }
}
