package id.go.prakerja.participant;

import java.time.Duration;
import java.util.Set;

/**
 * The programme parameters the journey's decisions depend on, as plain values so that deciders stay pure. Built from
 * {@link ProgramConfig}.
 */
public record ProgramRules(
        int minimumAge,
        int maximumAge,
        Set<String> excludedSocialAid,
        Set<Profile.Occupation> excludedOccupations,
        int maxParticipantsPerFamilyCard,
        Duration emailTokenValidity,
        int basicTestPassScore,
        int basicTestMaxAttempts,
        String scheme,
        long trainingBalance,
        Duration purchaseDeadline,
        Duration deadlineReminderBefore,
        Duration refundWindow,
        boolean nextPurchaseAfterCompletionOnly,
        boolean sameTrainingTwice,
        long incentiveAmount,
        int incentiveInstallments,
        Duration clawbackPeriod) {}
