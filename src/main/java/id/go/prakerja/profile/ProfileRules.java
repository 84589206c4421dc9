package id.go.prakerja.profile;

import static id.go.prakerja.participant.ParticipantStatus.BASIC_TEST_FAILED;
import static id.go.prakerja.participant.ParticipantStatus.EMAIL_VERIFIED;
import static id.go.prakerja.participant.ParticipantStatus.PROFILE_COMPLETED;

import id.go.prakerja.participant.ParticipantCommand.CompleteProfile;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantRules;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ProgramConfig;
import id.go.prakerja.participant.ProgramRules;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.Violation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Set;

/** The profile that decides eligibility, and the basic test. */
@Singleton
public final class ProfileRules implements ParticipantRules {

    /** Ages count in Indonesian western time, where the registration date is a calendar date. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ProgramRules rules;

    @Inject
    public ProfileRules(ProgramConfig program) {
        this(program.rules());
    }

    public ProfileRules(ProgramRules rules) {
        this.rules = rules;
    }

    @Override
    public void register(Book book) {
        book.judge(CompleteProfile.class, this::completeProfile).judge(TakeBasicTest.class, this::takeBasicTest);
    }

    private Decision<ParticipantEvent> completeProfile(CompleteProfile complete, ParticipantState state) {
        if (state.status() != EMAIL_VERIFIED) {
            return Decision.reject(Rule.STEP_NOT_ALLOWED, state.status());
        }
        var profile = complete.profile();
        var nikProblems = Nik.problems(profile.nik(), profile.birthDate(), profile.sex());
        if (!nikProblems.isEmpty()) {
            return Decision.reject(nikProblems.stream().map(Violation::of).toList());
        }
        var failed = new ArrayList<Rule>();
        if (!"WNI".equals(profile.citizenship())) {
            failed.add(Rule.CITIZENSHIP);
        }
        int age = Period.between(
                        profile.birthDate(), state.registeredAt().atZone(WIB).toLocalDate())
                .getYears();
        if (age < rules.minimumAge() || age > rules.maximumAge()) {
            failed.add(Rule.AGE_RANGE);
        }
        if (profile.inFormalEducation()) {
            failed.add(Rule.IN_FORMAL_EDUCATION);
        }
        if (profile.socialAidReceived().stream().anyMatch(rules.excludedSocialAid()::contains)) {
            failed.add(Rule.OTHER_SOCIAL_AID);
        }
        if (rules.excludedOccupations().contains(profile.occupation())) {
            failed.add(Rule.EXCLUDED_OCCUPATION);
        }
        if (complete.nikAlreadyRegistered()) {
            failed.add(Rule.NIK_ALREADY_REGISTERED);
        }
        if (complete.familyCardMembers() >= rules.maxParticipantsPerFamilyCard()) {
            failed.add(Rule.FAMILY_CARD_LIMIT);
        }
        return failed.isEmpty()
                ? Decision.accept(new ProfileCompleted(profile, complete.now()))
                : Decision.accept(new FoundNotEligible(
                        profile, failed.stream().map(Rule::name).toList(), complete.now()));
    }

    private Decision<ParticipantEvent> takeBasicTest(TakeBasicTest test, ParticipantState state) {
        if (!Set.of(PROFILE_COMPLETED, BASIC_TEST_FAILED).contains(state.status())) {
            return Decision.reject(Rule.STEP_NOT_ALLOWED, state.status());
        }
        if (state.basicTestAttempts() >= rules.basicTestMaxAttempts()) {
            return Decision.reject(Rule.BASIC_TEST_ATTEMPTS_EXHAUSTED, rules.basicTestMaxAttempts());
        }
        return Decision.accept(new BasicTestTaken(
                state.basicTestAttempts() + 1, test.score(), test.score() >= rules.basicTestPassScore(), test.now()));
    }
}
