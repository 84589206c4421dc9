package id.go.prakerja.participant;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.participant.ParticipantCommand.CompleteProfile;
import id.go.prakerja.participant.ParticipantCommand.Freeze;
import id.go.prakerja.participant.ParticipantCommand.IssueCard;
import id.go.prakerja.participant.ParticipantCommand.JoinBatch;
import id.go.prakerja.participant.ParticipantCommand.RecordIdentityVerificationResult;
import id.go.prakerja.participant.ParticipantCommand.Register;
import id.go.prakerja.participant.ParticipantCommand.RemindPurchaseDeadline;
import id.go.prakerja.participant.ParticipantCommand.RevokeUnusedCard;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantCommand.Unfreeze;
import id.go.prakerja.participant.ParticipantCommand.VerifyEmail;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.EmailVerificationIssued;
import id.go.prakerja.participant.ParticipantEvent.EmailVerified;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerified;
import id.go.prakerja.participant.ParticipantEvent.PrivacyNoticeAccepted;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.testing.Deciders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Given events, when a command, then events or the broken rules. */
public class ParticipantDeciderTest {

    public static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");
    public static final UUID ID = UUID.fromString("7d1f3a52-5c2e-4a0a-9d55-1b0e7f0c2a11");
    public static final UUID BATCH = UUID.fromString("0b7c8a3e-1111-4a2b-8c3d-9e8f7a6b5c4d");
    public static final LocalDate BORN = LocalDate.of(1995, 3, 14);
    public static final ProgramRules RULES = new ProgramRules(
            18,
            64,
            Set.of("PKH", "BPNT"),
            Set.of(Profile.Occupation.TNI, Profile.Occupation.POLRI, Profile.Occupation.ASN),
            2,
            Duration.ofHours(24),
            60,
            3,
            "semi-bansos-2020",
            1_000_000,
            Duration.ofDays(30),
            Duration.ofDays(7),
            Duration.ofDays(30),
            true,
            false,
            600_000,
            4,
            Duration.ofDays(60));

    private final ParticipantDecider decider = Deciders.participant(RULES);

    public static final Registered REGISTERED = new Registered(ID, "siti@contoh.id", "$2a$10$hash", T0);
    public static final EmailVerificationIssued TOKEN =
            new EmailVerificationIssued("digest", T0.plus(Duration.ofHours(24)), T0);
    public static final EmailVerified VERIFIED = new EmailVerified(T0.plusSeconds(60));

    private Decision<ParticipantEvent> given(List<ParticipantEvent> history, ParticipantCommand command) {
        var state = ParticipantState.INITIAL;
        for (var event : history) {
            state = ParticipantEvolution.evolve(state, event);
        }
        return decider.decide(command, state);
    }

    private static List<ParticipantEvent> history(ParticipantEvent... events) {
        return Arrays.asList(events);
    }

    public static List<ParticipantEvent> events(Decision<ParticipantEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return ((Decision.Accepted<ParticipantEvent>) decision).events();
    }

    public static List<String> rules(Decision<ParticipantEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return ((Decision.Rejected<ParticipantEvent>) decision)
                .violations().stream().map(violation -> violation.rule().name()).toList();
    }

    public static Profile profile(String nik, LocalDate birthDate, Profile.Sex sex) {
        return new Profile(
                "Siti Rahmawati",
                nik,
                "3273010101010001",
                birthDate,
                "Bandung",
                sex,
                "WNI",
                "+6281234567890",
                new Profile.Address("Jawa Barat", "Kota Bandung", "Coblong", "Dago", "Jl. Juanda 10", "40135"),
                "SMA",
                Profile.Occupation.LAID_OFF,
                false,
                List.of(),
                new Profile.Documents(
                        new Profile.DocumentRef("docs/ktp.pdf", "application/pdf", 1000),
                        new Profile.DocumentRef("docs/kk.pdf", "application/pdf", 1000),
                        new Profile.DocumentRef("docs/ijazah.pdf", "application/pdf", 1000),
                        null,
                        null));
    }

    public static Profile eligible() {
        return profile("3273015403950001", BORN, Profile.Sex.FEMALE);
    }

    private static Profile with(
            Profile p,
            String citizenship,
            boolean inEducation,
            List<String> aid,
            Profile.Occupation occupation,
            LocalDate born,
            String nik) {
        return new Profile(
                p.fullName(),
                nik,
                p.kkNumber(),
                born,
                p.birthPlace(),
                p.sex(),
                citizenship,
                p.phone(),
                p.address(),
                p.educationLevel(),
                occupation,
                inEducation,
                aid,
                p.documents());
    }

    public static final ProfileCompleted PROFILE = new ProfileCompleted(eligible(), T0.plusSeconds(120));
    public static final BasicTestTaken PASSED = new BasicTestTaken(1, 80, true, T0.plusSeconds(180));
    public static final UUID REQUEST = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    public static final IdentityVerificationRequested REQUESTED = new IdentityVerificationRequested(
            REQUEST, "selfie.jpg", "3273015403950001", "3273010101010001", "Siti Rahmawati", BORN, T0.plusSeconds(200));
    public static final IdentityVerified IDENTITY = new IdentityVerified(REQUEST, T0.plusSeconds(260));
    public static final BatchJoined JOINED = new BatchJoined(BATCH, T0.plusSeconds(300));
    public static final CardIssued CARD = new CardIssued(
            BATCH,
            "6280000000000018",
            "semi-bansos-2020",
            1_000_000,
            T0.plus(Duration.ofDays(31)),
            T0.plus(Duration.ofDays(1)));

    @Test
    void registrationRecordsTheAcceptedPrivacyNoticeAndIssuesAnEmailToken() {
        var decided =
                events(given(history(), new Register(ID, "siti@contoh.id", "$2a$10$hash", "digest", "2026-12", T0)));
        assertThat(decided).containsExactly(REGISTERED, new PrivacyNoticeAccepted("2026-12", T0), TOKEN);
        assertThat(rules(given(history(REGISTERED, TOKEN), new Register(ID, "x@contoh.id", "h", "d", "2026-12", T0))))
                .containsExactly("PARTICIPANT_EXISTS");
    }

    @Test
    void theEmailTokenIsSingleUseAndExpires() {
        assertThat(events(given(history(REGISTERED, TOKEN), new VerifyEmail("digest", T0.plusSeconds(60)))))
                .containsExactly(VERIFIED);
        assertThat(rules(given(history(REGISTERED, TOKEN), new VerifyEmail("other", T0.plusSeconds(60)))))
                .containsExactly("EMAIL_TOKEN_INVALID");
        assertThat(rules(given(history(REGISTERED, TOKEN), new VerifyEmail("digest", T0.plus(Duration.ofHours(25))))))
                .containsExactly("EMAIL_TOKEN_EXPIRED");
        assertThat(rules(given(history(REGISTERED, TOKEN, VERIFIED), new VerifyEmail("digest", T0.plusSeconds(90)))))
                .containsExactly("EMAIL_ALREADY_VERIFIED");
    }

    @Test
    void anEligibleProfileCompletes() {
        var decided =
                events(given(history(REGISTERED, TOKEN, VERIFIED), new CompleteProfile(eligible(), false, 0, T0)));
        assertThat(decided).containsExactly(new ProfileCompleted(eligible(), T0));
    }

    @Test
    void aProfileCannotBeCompletedBeforeTheEmailIsVerified() {
        assertThat(rules(given(history(REGISTERED, TOKEN), new CompleteProfile(eligible(), false, 0, T0))))
                .containsExactly("STEP_NOT_ALLOWED");
    }

    private List<String> failedRules(Profile profile, boolean nikTaken, int familyMembers) {
        var decided = events(
                given(history(REGISTERED, TOKEN, VERIFIED), new CompleteProfile(profile, nikTaken, familyMembers, T0)));
        assertThat(decided).hasSize(1).first().isInstanceOf(FoundNotEligible.class);
        return ((FoundNotEligible) decided.get(0)).failedRules();
    }

    @Test
    void eachEligibilityRuleFailsOnItsOwn() {
        var p = eligible();
        assertThat(failedRules(with(p, "WNA", false, List.of(), p.occupation(), BORN, p.nik()), false, 0))
                .containsExactly("CITIZENSHIP");
        var seventeen = LocalDate.of(2008, 3, 14);
        assertThat(failedRules(
                        with(p, "WNI", false, List.of(), p.occupation(), seventeen, "3273015403080001"), false, 0))
                .containsExactly("AGE_RANGE");
        var sixtyFive = LocalDate.of(1960, 3, 1);
        assertThat(failedRules(
                        with(p, "WNI", false, List.of(), p.occupation(), sixtyFive, "3273014103600001"), false, 0))
                .containsExactly("AGE_RANGE");
        assertThat(failedRules(with(p, "WNI", true, List.of(), p.occupation(), BORN, p.nik()), false, 0))
                .containsExactly("IN_FORMAL_EDUCATION");
        assertThat(failedRules(with(p, "WNI", false, List.of("PKH"), p.occupation(), BORN, p.nik()), false, 0))
                .containsExactly("OTHER_SOCIAL_AID");
        assertThat(failedRules(with(p, "WNI", false, List.of(), Profile.Occupation.POLRI, BORN, p.nik()), false, 0))
                .containsExactly("EXCLUDED_OCCUPATION");
        assertThat(failedRules(p, true, 0)).containsExactly("NIK_ALREADY_REGISTERED");
        assertThat(failedRules(p, false, 2)).containsExactly("FAMILY_CARD_LIMIT");
    }

    @Test
    void theAgeBoundsAreInclusiveOnTheRegistrationDate() {
        var p = eligible();
        // T0 is 2026-03-02 in Jakarta: born 2008-03-02 is 18 that day, born 1961-03-03 is still 64.
        assertThat(events(given(
                        history(REGISTERED, TOKEN, VERIFIED),
                        new CompleteProfile(
                                with(
                                        p,
                                        "WNI",
                                        false,
                                        List.of(),
                                        p.occupation(),
                                        LocalDate.of(2008, 3, 2),
                                        "3273014203080001"),
                                false,
                                0,
                                T0))))
                .first()
                .isInstanceOf(ProfileCompleted.class);
        assertThat(events(given(
                        history(REGISTERED, TOKEN, VERIFIED),
                        new CompleteProfile(
                                with(
                                        p,
                                        "WNI",
                                        false,
                                        List.of(),
                                        p.occupation(),
                                        LocalDate.of(1961, 3, 3),
                                        "3273014303610001"),
                                false,
                                0,
                                T0))))
                .first()
                .isInstanceOf(ProfileCompleted.class);
    }

    @Test
    void everyFailedRuleIsListedAtOnce() {
        var p = eligible();
        var all = with(p, "WNA", true, List.of("BPNT"), Profile.Occupation.ASN, BORN, p.nik());
        assertThat(failedRules(all, true, 2))
                .containsExactly(
                        "CITIZENSHIP",
                        "IN_FORMAL_EDUCATION",
                        "OTHER_SOCIAL_AID",
                        "EXCLUDED_OCCUPATION",
                        "NIK_ALREADY_REGISTERED",
                        "FAMILY_CARD_LIMIT");
    }

    @Test
    void theNikIsCheckedAgainstBirthDateAndSexBeforeAnythingElse() {
        var onVerified = history(REGISTERED, TOKEN, VERIFIED);
        assertThat(rules(given(
                        onVerified,
                        new CompleteProfile(profile("32730154039500", BORN, Profile.Sex.FEMALE), false, 0, T0))))
                .containsExactly("NIK_LENGTH");
        assertThat(rules(given(
                        onVerified,
                        new CompleteProfile(profile("32730154039500A1", BORN, Profile.Sex.FEMALE), false, 0, T0))))
                .containsExactly("NIK_DIGITS");
        // A woman's NIK has 40 added to the day: 14 becomes 54. Without it, the date does not match.
        assertThat(rules(given(
                        onVerified,
                        new CompleteProfile(profile("3273011403950001", BORN, Profile.Sex.FEMALE), false, 0, T0))))
                .containsExactly("NIK_BIRTH_DATE_MISMATCH");
        assertThat(events(given(
                        onVerified,
                        new CompleteProfile(profile("3273011403950001", BORN, Profile.Sex.MALE), false, 0, T0))))
                .first()
                .isInstanceOf(ProfileCompleted.class);
        assertThat(rules(given(
                        onVerified,
                        new CompleteProfile(profile("3273015403960001", BORN, Profile.Sex.FEMALE), false, 0, T0))))
                .containsExactly("NIK_BIRTH_DATE_MISMATCH");
        assertThat(rules(given(
                        onVerified,
                        new CompleteProfile(profile("3273015403950000", BORN, Profile.Sex.FEMALE), false, 0, T0))))
                .containsExactly("NIK_SERIAL");
    }

    @Test
    void theBasicTestPassesAtTheThresholdAndHasLimitedAttempts() {
        var profiled = history(REGISTERED, TOKEN, VERIFIED, PROFILE);
        assertThat(events(given(profiled, new TakeBasicTest(60, T0))))
                .containsExactly(new BasicTestTaken(1, 60, true, T0));
        assertThat(events(given(profiled, new TakeBasicTest(59, T0))))
                .containsExactly(new BasicTestTaken(1, 59, false, T0));
        var failedThrice = new ArrayList<>(profiled);
        for (int attempt = 1; attempt <= 3; attempt++) {
            failedThrice.add(new BasicTestTaken(attempt, 20, false, T0));
        }
        assertThat(rules(given(failedThrice, new TakeBasicTest(100, T0))))
                .containsExactly("BASIC_TEST_ATTEMPTS_EXHAUSTED");
        assertThat(rules(given(history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED), new TakeBasicTest(100, T0))))
                .containsExactly("STEP_NOT_ALLOWED");
    }

    @Test
    void identityIsVerifiedOnlyWhenNikKkAndFaceMatchAndARepeatedAnswerChangesNothing() {
        var pending = history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED, REQUESTED);
        assertThat(events(given(pending, new RecordIdentityVerificationResult(REQUEST, true, true, true, null, T0))))
                .containsExactly(new IdentityVerified(REQUEST, T0));
        assertThat(events(given(pending, new RecordIdentityVerificationResult(REQUEST, true, true, false, "face", T0))))
                .containsExactly(new IdentityRejected(REQUEST, true, true, false, "face", T0));
        var verified = history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED, REQUESTED, IDENTITY);
        assertThat(events(given(verified, new RecordIdentityVerificationResult(REQUEST, true, true, true, null, T0))))
                .isEmpty();
        assertThat(events(given(
                        pending, new RecordIdentityVerificationResult(UUID.randomUUID(), true, true, true, null, T0))))
                .isEmpty();
    }

    @Test
    void noLaterStepBeforeIdentityIsVerified() {
        assertThat(rules(given(history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED), new JoinBatch(BATCH, true, T0))))
                .containsExactly("STEP_NOT_ALLOWED");
        assertThat(rules(given(
                        history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED, REQUESTED, IDENTITY),
                        new JoinBatch(BATCH, false, T0))))
                .containsExactly("BATCH_NOT_OPEN");
    }

    @Test
    void aCardIsIssuedOnceWithTheSchemeBalanceAndDeadline() {
        var joined = history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED, REQUESTED, IDENTITY, JOINED);
        var now = T0.plus(Duration.ofDays(1));
        assertThat(events(given(joined, new IssueCard(BATCH, "6280000000000018", now))))
                .containsExactly(CARD);
        var carded = new ArrayList<>(joined);
        carded.add(CARD);
        assertThat(events(given(carded, new IssueCard(BATCH, "6280000000000026", now))))
                .isEmpty();
    }

    @Test
    void anUnusedCardIsRemindedThenRevokedAtTheDeadlineWithItsBalance() {
        var carded = history(REGISTERED, TOKEN, VERIFIED, PROFILE, PASSED, REQUESTED, IDENTITY, JOINED, CARD);
        var deadline = CARD.purchaseDeadline();
        assertThat(events(given(carded, new RevokeUnusedCard(deadline.minusSeconds(1)))))
                .isEmpty();
        assertThat(events(given(carded, new RevokeUnusedCard(deadline))))
                .containsExactly(new CardRevoked("PURCHASE_DEADLINE_MISSED", 1_000_000, deadline));
        var reminder = deadline.minus(Duration.ofDays(7));
        assertThat(events(given(carded, new RemindPurchaseDeadline(reminder))))
                .containsExactly(new PurchaseDeadlineReminded(deadline, reminder));
        var reminded = new ArrayList<>(carded);
        reminded.add(new PurchaseDeadlineReminded(deadline, reminder));
        assertThat(events(given(reminded, new RemindPurchaseDeadline(reminder.plusSeconds(5)))))
                .isEmpty();
    }

    @Test
    void aFrozenParticipantCannotActUntilUnfrozenAndReturnsWhereTheyWere() {
        var profiled = new ArrayList<>(history(REGISTERED, TOKEN, VERIFIED, PROFILE));
        profiled.add(new Frozen("under review", T0));
        assertThat(rules(given(profiled, new TakeBasicTest(90, T0)))).containsExactly("PARTICIPANT_FROZEN");
        assertThat(rules(given(profiled, new Freeze("again", T0)))).containsExactly("PARTICIPANT_ALREADY_FROZEN");
        var unfreezing = events(given(profiled, new Unfreeze("cleared", T0)));
        profiled.addAll(unfreezing);
        var state = ParticipantState.INITIAL;
        for (var event : profiled) {
            state = ParticipantEvolution.evolve(state, event);
        }
        assertThat(state.status()).isEqualTo(ParticipantStatus.PROFILE_COMPLETED);
        assertThat(events(given(profiled, new TakeBasicTest(90, T0)))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.Occupation.class,
            names = {"TNI", "POLRI", "ASN"})
    void excludedOccupationsAreNamed(Profile.Occupation occupation) {
        var p = eligible();
        assertThat(failedRules(with(p, "WNI", false, List.of(), occupation, BORN, p.nik()), false, 0))
                .containsExactly("EXCLUDED_OCCUPATION");
    }
}
