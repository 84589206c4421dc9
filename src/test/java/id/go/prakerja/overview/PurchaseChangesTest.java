package id.go.prakerja.overview;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ProgressKind;
import id.go.prakerja.training.PurchaseDeciderTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The purchase rows' changes as a fold: given a batch's events, then one change per purchase. */
class PurchaseChangesTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final UUID FIRST = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("c0000000-0000-4000-8000-000000000002");
    private static final UUID TRAINING = UUID.fromString("c0000000-0000-4000-8000-0000000000aa");

    private final PurchaseChanges changes = new PurchaseChanges();
    private int minute;

    private void given(ParticipantEvent... events) {
        for (var event : events) {
            changes.apply(event, at(++minute));
        }
    }

    private static OffsetDateTime at(int minute) {
        return AT.plusSeconds(60L * minute).atOffset(ZoneOffset.UTC);
    }

    private static TrainingProgressRecorded progress(UUID purchaseId, ProgressKind kind) {
        return new TrainingProgressRecorded(purchaseId, kind, kind == ProgressKind.MODULE_COMPLETED ? 1 : null, 90, AT);
    }

    @Test
    void aWholeTrainingInOneBatchIsOneChangeWithEveryModuleCounted() {
        given(
                progress(FIRST, ProgressKind.MODULE_COMPLETED),
                progress(FIRST, ProgressKind.MODULE_COMPLETED),
                progress(FIRST, ProgressKind.EXAM_FAILED),
                progress(FIRST, ProgressKind.MODULE_COMPLETED),
                progress(FIRST, ProgressKind.EXAM_PASSED),
                new TrainingCompleted(FIRST, TRAINING, AT),
                new CertificateIssued(FIRST, TRAINING, "PKJ-ABCDEFGHJKLMNPQR", AT),
                new TrainingReviewed(FIRST, TRAINING, 5, "Bagus", AT));

        assertThat(changes.list()).singleElement().satisfies(change -> {
            assertThat(change.purchaseId).isEqualTo(FIRST);
            assertThat(change.modulesCompleted).isEqualTo(3);
            assertThat(change.examPassed).isTrue();
            assertThat(change.status).isEqualTo("COMPLETED");
            assertThat(change.certificateNumber).isEqualTo("PKJ-ABCDEFGHJKLMNPQR");
            assertThat(change.reviewed).isTrue();
            assertThat(change.updatedAt).isEqualTo(at(8));
        });
    }

    @Test
    void eachPurchaseHasItsOwnChangeAndOnlyWhatItsEventsSay() {
        given(
                progress(FIRST, ProgressKind.MODULE_COMPLETED),
                new PurchaseCancelled(SECOND, 300_000, 900_000, AT),
                progress(FIRST, ProgressKind.TRAINING_COMPLETED));

        assertThat(changes.list()).hasSize(2);
        var first = changes.list().get(0);
        assertThat(first.purchaseId).isEqualTo(FIRST);
        assertThat(first.modulesCompleted).isEqualTo(1);
        assertThat(first.status).isNull();
        assertThat(first.examPassed).isFalse();
        assertThat(first.certificateNumber).isNull();
        assertThat(first.updatedAt)
                .as("a report that changes no column of the row leaves it as it is")
                .isEqualTo(at(1));
        var second = changes.list().get(1);
        assertThat(second.purchaseId).isEqualTo(SECOND);
        assertThat(second.status).isEqualTo("CANCELLED");
        assertThat(second.modulesCompleted).isZero();
        assertThat(second.updatedAt).isEqualTo(at(2));
    }

    @Test
    void aNewPurchaseIsInsertedNotChanged() {
        given(new TrainingPurchased(FIRST, PurchaseDeciderTest.offer(350_000, true), "VOUCHER-1", 650_000, AT));

        assertThat(changes.list()).isEmpty();
    }
}
