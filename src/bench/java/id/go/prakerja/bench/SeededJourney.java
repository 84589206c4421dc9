package id.go.prakerja.bench;

import id.go.prakerja.catalog.TrainingDetails;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.Profile;
import id.go.prakerja.participant.TrainingOffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The content of the seeded log: one training, and participants whose journey has reached the point where the
 * command load starts, a card with its balance whole again after a cancelled purchase.
 */
final class SeededJourney {

    private SeededJourney() {}

    static TrainingDetails training() {
        return new TrainingDetails(
                "Pemasaran Digital",
                "Beban uji",
                TrainingDetails.Category.DIGITAL,
                "TOKOPEDIA",
                "Lembaga Uji",
                100_000,
                10,
                TrainingDetails.Delivery.ONLINE,
                List.of("Modul 1"),
                "Sertifikat",
                "Mandiri",
                "mentor@uji.id");
    }

    static TrainingOffer offer(UUID trainingId) {
        return new TrainingOffer(
                trainingId,
                "Pemasaran Digital",
                "TOKOPEDIA",
                "Tokopedia",
                "https://tokopedia.test",
                "Lembaga Uji",
                100_000,
                10,
                "Mandiri",
                "mentor@uji.id",
                true);
    }

    /** The ten events of participant number {@code i}, from registration to a cancelled purchase. */
    static List<ParticipantEvent> participant(int i, UUID id, UUID batchId, TrainingOffer offer, Instant now) {
        var purchaseId = UUID.randomUUID();
        return List.of(
                new ParticipantEvent.Registered(id, "p" + i + "@bench.id", "x", now),
                new ParticipantEvent.EmailVerificationIssued("digest" + i, now, now),
                new ParticipantEvent.EmailVerified(now),
                new ParticipantEvent.ProfileCompleted(profile(i), now),
                new ParticipantEvent.BasicTestTaken(1, 80, true, now),
                new ParticipantEvent.BatchJoined(batchId, now),
                new ParticipantEvent.CardIssued(
                        batchId,
                        String.format("6280%012d", i),
                        "semi-bansos-2020",
                        1_000_000_000L,
                        now.plus(Duration.ofDays(30)),
                        now),
                new ParticipantEvent.TrainingPurchased(
                        purchaseId, offer, String.format("V%09d", i), 1_000_000_000L - 100_000, now),
                new ParticipantEvent.PurchaseCancelled(purchaseId, 100_000, 1_000_000_000L, now),
                new ParticipantEvent.PurchaseDeadlineReminded(now.plus(Duration.ofDays(30)), now));
    }

    private static Profile profile(int i) {
        return new Profile(
                "Peserta Uji " + i,
                "32010154039" + String.format("%05d", i % 100000),
                "3201010101010001",
                LocalDate.of(1995, 3, 14),
                "Bandung",
                Profile.Sex.FEMALE,
                "WNI",
                "+628123456789",
                new Profile.Address("Jawa Barat", "Bandung", "Coblong", "Dago", "Jl. Uji", "40135"),
                "SMA",
                Profile.Occupation.LAID_OFF,
                false,
                List.of(),
                null);
    }
}
