package id.go.prakerja.profile;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.ParticipantCommand.CompleteProfile;
import id.go.prakerja.participant.ParticipantCommand.TakeBasicTest;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.privacy.LookupDigests;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The profile that decides eligibility, and the basic test. */
@ApplicationScoped
public class ProfileService {

    private final ParticipantService participants;
    private final BasicTest basicTest;
    private final LookupDigests digests;
    private final Clock clock;

    public ProfileService(ParticipantService participants, BasicTest basicTest, LookupDigests digests, Clock clock) {
        this.participants = participants;
        this.basicTest = basicTest;
        this.digests = digests;
        this.clock = clock;
    }

    /**
     * Completes the profile. The NIK and family-card facts are read under advisory locks on the NIK and the KK, so
     * two participants with the same NIK or KK are judged one after the other, never side by side; an eligible
     * profile reserves both in the same transaction. Only their keyed digests are stored or locked on.
     */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> completeProfile(
            UUID participantId, Profile profile, EventMetadata metadata, IfMatch ifMatch) {
        var nik = digests.nik(profile.nik());
        var familyCard = digests.familyCard(profile.kkNumber());
        return participants.inTransaction(transaction -> transaction
                .preparedQuery("select pg_advisory_xact_lock(hashtextextended('nik:' || $1, 0)),"
                        + " pg_advisory_xact_lock(hashtextextended('kk:' || $2, 0))")
                .execute(Tuple.of(nik, familyCard))
                .chain(() -> transaction
                        .preparedQuery("select exists(select 1 from participant_nik_digests where digest = $1"
                                + " and participant_id <> $3) as nik_taken, (select count(*) from family_card_digests"
                                + " where digest = $2 and participant_id <> $3) as members")
                        .execute(Tuple.of(nik, familyCard, participantId)))
                .map(rows -> rows.iterator().next())
                .chain(facts -> participants.handle(
                        transaction,
                        participantId,
                        new CompleteProfile(
                                profile,
                                facts.getBoolean("nik_taken"),
                                facts.getLong("members").intValue(),
                                clock.instant()),
                        metadata,
                        (tx, outcome, md) -> outcome.has(ProfileCompleted.class)
                                ? List.of(reserveIdentity(tx, participantId, nik, familyCard))
                                : List.of(),
                        ifMatch)));
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> takeBasicTest(
            UUID participantId, Map<String, String> answers, EventMetadata metadata, IfMatch ifMatch) {
        return participants.execute(
                participantId, new TakeBasicTest(basicTest.grade(answers), clock.instant()), metadata, ifMatch);
    }

    private static Uni<Void> reserveIdentity(
            SqlConnection transaction, UUID participantId, String nik, String familyCard) {
        return transaction
                .preparedQuery("insert into participant_nik_digests (digest, participant_id) values ($1, $2)")
                .execute(Tuple.of(nik, participantId))
                .chain(() -> transaction
                        .preparedQuery("insert into family_card_digests (digest, participant_id) values ($1, $2)"
                                + " on conflict do nothing")
                        .execute(Tuple.of(familyCard, participantId)))
                .replaceWithVoid();
    }
}
