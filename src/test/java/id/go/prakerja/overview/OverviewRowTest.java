package id.go.prakerja.overview;

import static id.go.prakerja.participant.ParticipantDeciderTest.CARD;
import static id.go.prakerja.participant.ParticipantDeciderTest.PROFILE;
import static id.go.prakerja.participant.ParticipantDeciderTest.REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.ScheduledInstallment;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.participant.ParticipantStatus;
import id.go.prakerja.participant.TrainingOffer;
import id.go.prakerja.training.PurchaseDeciderTest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The overview row as a fold: given the participant's events, then the row the projection writes. */
class OverviewRowTest {

    private static final Instant AT = CARD.issuedAt().plusSeconds(60);
    private static final TrainingOffer OFFER = PurchaseDeciderTest.offer(350_000, true);
    private static final UUID FIRST = UUID.fromString("b0000000-0000-4000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("b0000000-0000-4000-8000-000000000002");

    private static OverviewRow given(ParticipantEvent... events) {
        var row = new OverviewRow(REGISTERED.participantId());
        long version = 0;
        for (var event : events) {
            row.apply(event, ++version, AT.atOffset(ZoneOffset.UTC));
        }
        return row;
    }

    @Test
    void aCardGivesTheBalanceAndTheDeadline() {
        var row = given(REGISTERED, PROFILE, CARD);

        assertThat(row.status).isEqualTo(ParticipantStatus.CARD_ISSUED);
        assertThat(row.balance).isEqualTo(CARD.trainingBalance());
        assertThat(row.fullName).isEqualTo(PROFILE.profile().fullName());
        assertThat(row.provinceCode).isEqualTo(PROFILE.profile().nik().substring(0, 2));
        assertThat(row.version).isEqualTo(3);
    }

    @Test
    void cancellingTheLastActivePurchaseReturnsToCardIssuedButNotBefore() {
        var row = given(
                REGISTERED,
                CARD,
                new TrainingPurchased(FIRST, OFFER, null, 650_000, AT),
                new TrainingPurchased(SECOND, OFFER, null, 300_000, AT),
                new PurchaseCancelled(FIRST, 350_000, 650_000, AT));
        assertThat(row.status).isEqualTo(ParticipantStatus.TRAINING_PURCHASED);

        row.apply(new PurchaseCancelled(SECOND, 350_000, 1_000_000, AT), 6, AT.atOffset(ZoneOffset.UTC));

        assertThat(row.status).isEqualTo(ParticipantStatus.CARD_ISSUED);
        assertThat(row.balance).isEqualTo(1_000_000);
    }

    @Test
    void aFreezeKeepsTheStatusToReturnToUpToDate() {
        var row = given(
                REGISTERED,
                CARD,
                new Frozen("fraud check", AT),
                new TrainingPurchased(FIRST, OFFER, null, 650_000, AT));
        assertThat(row.status).isEqualTo(ParticipantStatus.FROZEN);
        assertThat(row.statusBeforeFreeze).isEqualTo(ParticipantStatus.TRAINING_PURCHASED);

        row.apply(new Unfrozen("cleared", AT), 5, AT.atOffset(ZoneOffset.UTC));

        assertThat(row.status).isEqualTo(ParticipantStatus.TRAINING_PURCHASED);
        assertThat(row.statusBeforeFreeze).isNull();
    }

    @Test
    void theLastInstallmentPaidFinishesTheJourney() {
        var installments = List.of(new ScheduledInstallment(1, AT, 600_000), new ScheduledInstallment(2, AT, 600_000));
        var row = given(
                REGISTERED,
                CARD,
                new IncentiveScheduled(installments, AT),
                new IncentivePaid(UUID.randomUUID(), 1, 600_000, "REF-1", AT));
        assertThat(row.status).isEqualTo(ParticipantStatus.INCENTIVE_IN_PROGRESS);

        row.apply(new IncentivePaid(UUID.randomUUID(), 2, 600_000, "REF-2", AT), 5, AT.atOffset(ZoneOffset.UTC));

        assertThat(row.status).isEqualTo(ParticipantStatus.FINISHED);
    }

    @Test
    void anEventAtAVersionAlreadyAppliedChangesNothing() {
        var row = given(REGISTERED, CARD);

        row.apply(new TrainingPurchased(FIRST, OFFER, null, 650_000, AT), 2, AT.atOffset(ZoneOffset.UTC));

        assertThat(row.status).isEqualTo(ParticipantStatus.CARD_ISSUED);
        assertThat(row.balance).isEqualTo(CARD.trainingBalance());
    }
}
