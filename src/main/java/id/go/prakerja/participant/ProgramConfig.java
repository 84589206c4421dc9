package id.go.prakerja.participant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The programme parameters. Defaults follow the source text and the 2020 "semi-bansos" scheme; every amount, limit
 * and deadline can be changed here without touching code.
 */
@ConfigMapping(prefix = "prakerja.program")
public interface ProgramConfig {

    /** The scheme under which new cards are issued: a key of {@link #schemes()}. */
    @WithDefault("semi-bansos-2020")
    String activeScheme();

    /** Benefit schemes by name, e.g. {@code semi-bansos-2020} and {@code normal-2023}. */
    Map<String, Scheme> schemes();

    Eligibility eligibility();

    Registration registration();

    BasicTest basicTest();

    interface Scheme {

        /** Training balance put on a new card, in whole rupiah. */
        long trainingBalance();

        /** One incentive payment, in whole rupiah. */
        long incentiveAmount();

        /** How many incentive payments follow the first certified training. */
        int incentiveInstallments();

        /** Time from card issuance to the first purchase before the card is revoked. */
        Duration purchaseDeadline();

        /** How long before the purchase deadline the participant is reminded. */
        Duration deadlineReminderBefore();

        /** Time after a purchase within which a cancellation is refunded in full. */
        Duration refundWindow();

        /** Whether a further training can be bought only once the previous one is completed. */
        @WithDefault("true")
        boolean nextPurchaseAfterCompletionOnly();

        /** Whether the same training may be bought again. */
        @WithDefault("false")
        boolean sameTrainingTwice();
    }

    interface Eligibility {

        /** Youngest age, in years on the registration date. */
        @WithDefault("18")
        int minimumAge();

        /** Oldest age, in years on the registration date. */
        @WithDefault("64")
        int maximumAge();

        /** Social assistance programmes whose recipients may not join (from 2023 BSU, BPUM and PKH were allowed). */
        Set<String> excludedSocialAid();

        /** Occupations that exclude a person: TNI, Polri, ASN, BUMN/BUMD staff, officials. */
        Set<Profile.Occupation> excludedOccupations();

        /** Participants allowed per family card (KK). */
        @WithDefault("2")
        int maxParticipantsPerFamilyCard();
    }

    interface Registration {

        /** How long an e-mail verification token can be used. */
        @WithDefault("24h")
        Duration emailTokenValidity();
    }

    interface BasicTest {

        /** Lowest score, out of 100, that passes the basic test. */
        @WithDefault("60")
        int passScore();

        /** How many times the test may be taken in all. */
        @WithDefault("3")
        int maxAttempts();
    }

    /** How long a participant found ineligible has to return the aid received. */
    @WithDefault("P60D")
    Duration clawbackPeriod();

    default Scheme scheme() {
        var scheme = schemes().get(activeScheme());
        if (scheme == null) {
            throw new IllegalStateException(
                    "prakerja.program.active-scheme names no configured scheme: " + activeScheme());
        }
        return scheme;
    }

    default ProgramRules rules() {
        var scheme = scheme();
        return new ProgramRules(
                eligibility().minimumAge(),
                eligibility().maximumAge(),
                eligibility().excludedSocialAid(),
                eligibility().excludedOccupations(),
                eligibility().maxParticipantsPerFamilyCard(),
                registration().emailTokenValidity(),
                basicTest().passScore(),
                basicTest().maxAttempts(),
                activeScheme(),
                scheme.trainingBalance(),
                scheme.purchaseDeadline(),
                scheme.deadlineReminderBefore(),
                scheme.refundWindow(),
                scheme.nextPurchaseAfterCompletionOnly(),
                scheme.sameTrainingTwice(),
                scheme.incentiveAmount(),
                scheme.incentiveInstallments(),
                clawbackPeriod());
    }
}
