package id.go.prakerja.training;

import id.go.prakerja.catalog.CatalogService;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.participant.ParticipantCommand.CancelPurchase;
import id.go.prakerja.participant.ParticipantCommand.PurchaseTraining;
import id.go.prakerja.participant.ParticipantCommand.RecordTrainingProgress;
import id.go.prakerja.participant.ParticipantCommand.ReviewTraining;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.ProgressKind;
import id.go.prakerja.participant.TrainingOffer;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.inbound.InboundMessages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Buying, cancelling, doing and reviewing trainings: commands on the participant's stream that need the catalog or
 * partner data. A purchase takes the participant's stream lock first, so that concurrent purchases are judged one
 * after the other on the real balance.
 */
@ApplicationScoped
public class PurchaseService {

    /** Unambiguous characters: no 0/O or 1/I, so that codes can be read out over the phone. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    static final String PROGRESS_SOURCE = "training-progress";

    private final ParticipantService participants;
    private final CatalogService catalog;
    private final EventStore eventStore;
    private final Clock clock;
    private final InboundMessages inbound;
    private final SecureRandom random = new SecureRandom();

    public PurchaseService(
            ParticipantService participants,
            CatalogService catalog,
            EventStore eventStore,
            InboundMessages inbound,
            Clock clock) {
        this.clock = clock;
        this.participants = participants;
        this.catalog = catalog;
        this.eventStore = eventStore;
        this.inbound = inbound;
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> purchase(
            UUID participantId, UUID trainingId, EventMetadata metadata, IfMatch ifMatch) {
        var purchaseId = UUID.randomUUID();
        var voucherCode = code(10);
        // The lock and both reads are sent at once: the reads run after the lock is granted, so the participant's
        // read sees every purchase committed before this one.
        return participants.inTransaction(transaction -> Uni.combine()
                .all()
                .unis(
                        participants.lock(transaction, participantId),
                        participants.load(transaction, participantId),
                        offer(transaction, trainingId))
                .asTuple()
                .chain(read -> participants.handle(
                        transaction,
                        participantId,
                        read.getItem2(),
                        new PurchaseTraining(purchaseId, read.getItem3(), voucherCode, clock.instant()),
                        metadata,
                        (tx, outcome, md) -> outcome.has(TrainingPurchased.class)
                                ? List.of(tx.preparedQuery(
                                                "insert into vouchers (voucher_code, participant_id, purchase_id)"
                                                        + " values ($1, $2, $3)")
                                        .execute(Tuple.of(voucherCode, participantId, purchaseId)))
                                : List.of(),
                        ifMatch)));
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> cancel(
            UUID participantId, UUID purchaseId, EventMetadata metadata, IfMatch ifMatch) {
        return participants.execute(participantId, new CancelPurchase(purchaseId, clock.instant()), metadata, ifMatch);
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> review(
            UUID participantId, UUID purchaseId, int rating, String review, EventMetadata metadata, IfMatch ifMatch) {
        return participants.execute(
                participantId, new ReviewTraining(purchaseId, rating, review, clock.instant()), metadata, ifMatch);
    }

    /**
     * Records a platform's report once per report id; a repeated id fails with {@link InboundMessages.AlreadyReceived}
     * and changes nothing.
     */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> recordProgress(
            ProgressReport report, EventMetadata metadata) {
        var certificateNumber = "PKJ-" + code(16);
        return participants.inTransaction(transaction -> resolve(transaction, report)
                .chain(target -> participants
                        .handle(
                                transaction,
                                target.participantId(),
                                new RecordTrainingProgress(
                                        target.purchaseId(),
                                        report.kind(),
                                        report.moduleNo(),
                                        report.score(),
                                        report.occurredAt() == null ? clock.instant() : report.occurredAt(),
                                        certificateNumber,
                                        clock.instant()),
                                metadata)
                        .call(() -> inbound.remember(
                                transaction, PROGRESS_SOURCE, report.eventId().toString(), clock.instant()))));
    }

    /** A purchase identified by the platform, by purchase id or by voucher code. */
    private record Target(UUID participantId, UUID purchaseId) {}

    private static Uni<Target> resolve(SqlClient client, ProgressReport report) {
        var query = report.purchaseId() != null
                ? client.preparedQuery("select participant_id, purchase_id from vouchers where purchase_id = $1")
                        .execute(Tuple.of(report.purchaseId()))
                : client.preparedQuery("select participant_id, purchase_id from vouchers where voucher_code = $1")
                        .execute(Tuple.of(report.voucherCode()));
        return query.map(rows -> {
            if (rows.rowCount() == 0) {
                throw new RuleViolated(List.of(Violation.of(Rule.PURCHASE_NOT_FOUND)));
            }
            var row = rows.iterator().next();
            var target = new Target(row.getUUID("participant_id"), row.getUUID("purchase_id"));
            if (report.participantId() != null && !report.participantId().equals(target.participantId())) {
                throw new RuleViolated(List.of(Violation.of(Rule.PURCHASE_OF_ANOTHER_PARTICIPANT)));
            }
            return target;
        });
    }

    private Uni<TrainingOffer> offer(SqlClient client, UUID trainingId) {
        return catalog.load(client, trainingId).chain(loaded -> {
            if (!loaded.state().exists()) {
                return Uni.createFrom().failure(new RuleViolated(List.of(Violation.of(Rule.TRAINING_NOT_FOUND))));
            }
            var details = loaded.state().details();
            return client.preparedQuery("select name, url from training_platforms where code = $1")
                    .execute(Tuple.of(details.platformCode()))
                    .map(rows -> {
                        var platform = rows.iterator().next();
                        return new TrainingOffer(
                                trainingId,
                                details.title(),
                                details.platformCode(),
                                platform.getString("name"),
                                platform.getString("url"),
                                details.provider(),
                                details.price(),
                                details.modules().size(),
                                details.schedule(),
                                details.mentorContact(),
                                loaded.state().published());
                    });
        });
    }

    private String code(int length) {
        var code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A training platform's progress report, schema v1 of the progress topic. */
    public record ProgressReport(
            UUID eventId,
            String platform,
            String voucherCode,
            UUID purchaseId,
            UUID participantId,
            ProgressKind kind,
            Integer moduleNo,
            Integer score,
            Instant occurredAt) {

        /** What is missing for the report to be usable; empty when complete. */
        public String problem() {
            if (eventId == null) {
                return "eventId is required";
            }
            if (kind == null) {
                return "kind is required";
            }
            if (purchaseId == null && (voucherCode == null || voucherCode.isBlank())) {
                return "purchaseId or voucherCode is required";
            }
            if (kind == ProgressKind.MODULE_COMPLETED && moduleNo == null) {
                return "moduleNo is required for MODULE_COMPLETED";
            }
            return "";
        }
    }
}
