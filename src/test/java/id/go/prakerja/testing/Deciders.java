package id.go.prakerja.testing;

import id.go.prakerja.access.PasswordRules;
import id.go.prakerja.batch.CardRules;
import id.go.prakerja.identity.IdentityRules;
import id.go.prakerja.incentive.IncentiveRules;
import id.go.prakerja.oversight.OversightRules;
import id.go.prakerja.participant.ParticipantDecider;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.privacy.PrivacyRules;
import id.go.prakerja.profile.ProfileRules;
import id.go.prakerja.registration.RegistrationRules;
import id.go.prakerja.training.TrainingRules;
import java.util.List;

/** The participant's decider as the service composes it, for given/when/then tests without a container. */
public final class Deciders {

    private Deciders() {}

    public static ParticipantDecider participant(ProgramRules rules) {
        return new ParticipantDecider(List.of(
                new RegistrationRules(rules),
                new ProfileRules(rules),
                new IdentityRules(rules),
                new CardRules(rules),
                new TrainingRules(rules),
                new IncentiveRules(rules),
                new OversightRules(rules),
                new PasswordRules(java.time.Duration.ofHours(1)),
                new PrivacyRules()));
    }
}
