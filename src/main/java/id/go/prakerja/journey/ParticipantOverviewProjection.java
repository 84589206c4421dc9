package id.go.prakerja.journey;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Projection;
import id.go.prakerja.journey.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.journey.ParticipantEvent.BatchJoined;
import id.go.prakerja.journey.ParticipantEvent.CardIssued;
import id.go.prakerja.journey.ParticipantEvent.CardRevoked;
import id.go.prakerja.journey.ParticipantEvent.CertificateIssued;
import id.go.prakerja.journey.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.journey.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.journey.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.journey.ParticipantEvent.EmailVerified;
import id.go.prakerja.journey.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.journey.ParticipantEvent.Frozen;
import id.go.prakerja.journey.ParticipantEvent.IdentityRejected;
import id.go.prakerja.journey.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.journey.ParticipantEvent.IdentityVerified;
import id.go.prakerja.journey.ParticipantEvent.IncentivePaid;
import id.go.prakerja.journey.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.journey.ParticipantEvent.NotSelected;
import id.go.prakerja.journey.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.journey.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.journey.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.journey.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.journey.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.journey.ParticipantEvent.Registered;
import id.go.prakerja.journey.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.journey.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.journey.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.journey.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.journey.ParticipantEvent.Unfrozen;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The participant overview (status, card, balance) and timeline. Every status change is also announced with
 * {@code pg_notify} at commit, which is what the status streams of every instance push to their clients.
 */
@ApplicationScoped
public class ParticipantOverviewProjection implements Projection {

    public static final String STATUS_CHANNEL = "participant_status";

    /** Moves the status to $4 (from $5 only, when $5 is given), or the status under a freeze. */
    private static final String MOVE = "status = case when status = 'FROZEN' then status"
            + " when $5::text is null or status = $5 then $4 else status end,"
            + " status_before_freeze = case when status = 'FROZEN' and ($5::text is null or status_before_freeze = $5)"
            + " then $4 else status_before_freeze end";

    private final ParticipantService participants;

    public ParticipantOverviewProjection(ParticipantService participants) {
        this.participants = participants;
    }

    @Override
    public String name() {
        return "participant-overview";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(ParticipantService.CATEGORY)
                && participants.types().knows(event.type());
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        var statements = new ArrayList<Uni<?>>();
        events.forEach(recorded -> statements.addAll(statements(transaction, recorded)));
        // Subscribed together, in order, on one connection: the client pipelines them and PostgreSQL runs them
        // in that order, so a batch costs one round trip instead of several per event.
        return statements.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.join()
                        .all(statements.stream().map(Uni::replaceWithVoid).toList())
                        .andFailFast()
                        .replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction
                .query("truncate participant_overview, participant_timeline, participant_purchases, certificates,"
                        + " incentive_installments, clawbacks")
                .execute()
                .replaceWithVoid();
    }

    /** The statements of one event, each independent of the others' results, in the order they must run. */
    private List<Uni<?>> statements(SqlConnection transaction, RecordedEvent recorded) {
        var event = participants.types().fromRecorded(recorded);
        var summary = TimelineSummaries.of(event);
        var at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        var participantId = participantId(recorded);
        var statements = new ArrayList<Uni<?>>();
        statements.addAll(purchases(transaction, recorded, event, at));
        statements.addAll(incentives(transaction, recorded, event, at));
        statements.add(overview(transaction, recorded, event, at));
        statements.add(transaction
                .preparedQuery("insert into participant_timeline (participant_id, version, event_type,"
                        + " occurred_at, summary_id, summary_en) values ($1, $2, $3, $4, $5, $6)"
                        + " on conflict do nothing")
                .execute(Tuple.of(
                        participantId,
                        recorded.streamVersion(),
                        recorded.type(),
                        at,
                        summary.indonesian(),
                        summary.english())));
        statements.add(transaction
                .preparedQuery("select pg_notify($1, json_build_object('participantId', participant_id,"
                        + " 'status', status, 'version', version)::text) from participant_overview"
                        + " where participant_id = $2")
                .execute(Tuple.of(STATUS_CHANNEL, participantId)));
        return statements;
    }

    private Uni<?> overview(
            SqlConnection transaction, RecordedEvent recorded, ParticipantEvent event, OffsetDateTime at) {
        var id = participantId(recorded);
        long version = recorded.streamVersion();
        if (event instanceof Registered registered) {
            return transaction
                    .preparedQuery("insert into participant_overview (participant_id, status, email, registered_at,"
                            + " updated_at, version) values ($1, 'REGISTERED', $2, $3, $3, $4)"
                            + " on conflict (participant_id) do nothing")
                    .execute(Tuple.of(id, registered.email(), at, version));
        }
        var columns = new LinkedHashMap<String, Object>();
        ParticipantStatus moveTo = null;
        ParticipantStatus moveFrom = null;
        String freeze = null;
        if (event instanceof EmailVerified) {
            moveTo = ParticipantStatus.EMAIL_VERIFIED;
        } else if (event instanceof ProfileCompleted completed) {
            moveTo = ParticipantStatus.PROFILE_COMPLETED;
            profile(completed.profile(), columns);
        } else if (event instanceof FoundNotEligible notEligible) {
            moveTo = ParticipantStatus.NOT_ELIGIBLE;
            profile(notEligible.profile(), columns);
        } else if (event instanceof BasicTestTaken taken) {
            moveTo = taken.passed() ? ParticipantStatus.BASIC_TEST_PASSED : ParticipantStatus.BASIC_TEST_FAILED;
        } else if (event instanceof IdentityVerificationRequested) {
            moveTo = ParticipantStatus.IDENTITY_VERIFICATION_PENDING;
        } else if (event instanceof IdentityVerified) {
            moveTo = ParticipantStatus.IDENTITY_VERIFIED;
        } else if (event instanceof IdentityRejected) {
            moveTo = ParticipantStatus.IDENTITY_REJECTED;
        } else if (event instanceof BatchJoined joined) {
            moveTo = ParticipantStatus.BATCH_JOINED;
            columns.put("batch_id", joined.batchId());
        } else if (event instanceof NotSelected) {
            moveTo = ParticipantStatus.NOT_SELECTED;
        } else if (event instanceof CardIssued issued) {
            moveTo = ParticipantStatus.CARD_ISSUED;
            columns.put("card_number", issued.cardNumber());
            columns.put("scheme", issued.scheme());
            columns.put("balance", issued.trainingBalance());
            columns.put("purchase_deadline", issued.purchaseDeadline().atOffset(ZoneOffset.UTC));
        } else if (event instanceof PurchaseDeadlineReminded) {
            columns.put("reminder_sent", true);
        } else if (event instanceof CardRevoked) {
            moveTo = ParticipantStatus.REVOKED;
            columns.put("balance", 0L);
        } else if (event instanceof TrainingPurchased purchased) {
            moveTo = ParticipantStatus.TRAINING_PURCHASED;
            moveFrom = ParticipantStatus.CARD_ISSUED;
            columns.put("balance", purchased.balanceAfter());
        } else if (event instanceof PurchaseCancelled cancelled) {
            columns.put("balance", cancelled.balanceAfter());
        } else if (event instanceof TrainingCompleted) {
            moveTo = ParticipantStatus.TRAINING_COMPLETED;
            moveFrom = ParticipantStatus.TRAINING_PURCHASED;
        } else if (event instanceof CertificateIssued) {
            moveTo = ParticipantStatus.CERTIFIED;
            moveFrom = ParticipantStatus.TRAINING_COMPLETED;
        } else if (event instanceof IncentivePaid) {
            freeze = "status = case when status = 'FROZEN' then status when exists (select 1 from"
                    + " incentive_installments where participant_id = $1 and status <> 'PAID')"
                    + " then 'INCENTIVE_IN_PROGRESS' else 'FINISHED' end";
        } else if (event instanceof ParticipationRevoked) {
            freeze = "status = 'REVOKED', status_before_freeze = null";
        } else if (event instanceof Frozen) {
            freeze = "status_before_freeze = status, status = 'FROZEN'";
        } else if (event instanceof Unfrozen) {
            freeze = "status = status_before_freeze, status_before_freeze = null";
        }
        var assignments = new ArrayList<>(List.of("version = $2", "updated_at = $3"));
        var arguments = new ArrayList<Object>(List.of(id, version, at));
        if (moveTo != null) {
            arguments.add(moveTo.name());
            arguments.add(moveFrom == null ? null : moveFrom.name());
            assignments.add(MOVE);
        }
        if (freeze != null) {
            assignments.add(freeze);
        }
        columns.forEach((column, value) -> {
            arguments.add(value);
            assignments.add(column + " = $" + arguments.size());
        });
        return transaction
                .preparedQuery("update participant_overview set " + String.join(", ", assignments)
                        + " where participant_id = $1")
                .execute(Tuple.from(arguments));
    }

    /** The purchases table, and a cancellation's return to CARD_ISSUED when nothing else is bought. */
    private static List<Uni<?>> purchases(
            SqlConnection transaction, RecordedEvent recorded, ParticipantEvent event, OffsetDateTime at) {
        var participantId = participantId(recorded);
        if (event instanceof TrainingPurchased purchased) {
            var training = purchased.training();
            return List.of(transaction
                    .preparedQuery("insert into participant_purchases (purchase_id, participant_id, training_id, title,"
                            + " platform_code, provider, price, voucher_code, status, module_count, purchased_at,"
                            + " updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, 'ACTIVE', $9, $10, $10)"
                            + " on conflict do nothing")
                    .execute(Tuple.tuple(List.of(
                            purchased.purchaseId(),
                            participantId,
                            training.trainingId(),
                            training.title(),
                            training.platformCode(),
                            training.provider(),
                            training.price(),
                            purchased.voucherCode(),
                            training.moduleCount(),
                            at))));
        }
        if (event instanceof PurchaseCancelled cancelled) {
            return List.of(
                    purchase(transaction, "status = 'CANCELLED'", cancelled.purchaseId(), at),
                    transaction
                            .preparedQuery("update participant_overview set status = 'CARD_ISSUED'"
                                    + " where participant_id = $1 and status = 'TRAINING_PURCHASED' and not exists"
                                    + " (select 1 from participant_purchases where participant_id = $1"
                                    + " and status <> 'CANCELLED')")
                            .execute(Tuple.of(participantId)));
        }
        if (event instanceof TrainingProgressRecorded progress) {
            return switch (progress.kind()) {
                case MODULE_COMPLETED ->
                    List.of(purchase(
                            transaction, "modules_completed = modules_completed + 1", progress.purchaseId(), at));
                case EXAM_PASSED -> List.of(purchase(transaction, "exam_passed = true", progress.purchaseId(), at));
                default -> List.of();
            };
        }
        if (event instanceof TrainingCompleted completed) {
            return List.of(purchase(transaction, "status = 'COMPLETED'", completed.purchaseId(), at));
        }
        if (event instanceof CertificateIssued certificate) {
            return List.of(
                    transaction
                            .preparedQuery("update participant_purchases set certificate_number = $2, updated_at = $3"
                                    + " where purchase_id = $1")
                            .execute(Tuple.of(certificate.purchaseId(), certificate.certificateNumber(), at)),
                    transaction
                            .preparedQuery("insert into certificates (certificate_number, participant_id, purchase_id,"
                                    + " participant_name, training_title, provider, platform_code, issued_at)"
                                    + " select $1, p.participant_id, p.purchase_id, coalesce(o.full_name, ''), p.title,"
                                    + " p.provider, p.platform_code, $3 from participant_purchases p"
                                    + " join participant_overview o on o.participant_id = p.participant_id"
                                    + " where p.purchase_id = $2 on conflict do nothing")
                            .execute(Tuple.of(certificate.certificateNumber(), certificate.purchaseId(), at)));
        }
        if (event instanceof TrainingReviewed reviewed) {
            return List.of(purchase(transaction, "reviewed = true", reviewed.purchaseId(), at));
        }
        return List.of();
    }

    /** The incentive schedule, each installment's state, and clawbacks. */
    private static List<Uni<?>> incentives(
            SqlConnection transaction, RecordedEvent recorded, ParticipantEvent event, OffsetDateTime at) {
        var participantId = participantId(recorded);
        if (event instanceof IncentiveScheduled scheduled) {
            var rows = scheduled.installments().stream()
                    .map(i -> Tuple.of(
                            participantId, i.installment(), i.dueAt().atOffset(ZoneOffset.UTC), i.amount(), at))
                    .toList();
            return List.of(transaction
                    .preparedQuery("insert into incentive_installments (participant_id, installment, due_at, amount,"
                            + " status, updated_at) values ($1, $2, $3, $4, 'SCHEDULED', $5) on conflict do nothing")
                    .executeBatch(rows));
        }
        if (event instanceof DisbursementRequested requested) {
            return List.of(installment(
                    transaction,
                    "status = 'REQUESTED', disbursement_id = $4, attempt = $5, provider = $6, failure_reason = null",
                    participantId,
                    requested.installment(),
                    at,
                    requested.disbursementId(),
                    requested.attempt(),
                    requested.account().provider()));
        }
        if (event instanceof IncentivePaid paid) {
            return List.of(installment(
                    transaction,
                    "status = 'PAID', reference = $4, paid_at = $5",
                    participantId,
                    paid.installment(),
                    at,
                    paid.reference(),
                    paid.paidAt().atOffset(ZoneOffset.UTC)));
        }
        if (event instanceof DisbursementFailed failed) {
            return List.of(installment(
                    transaction,
                    "status = 'FAILED', failure_reason = $4",
                    participantId,
                    failed.installment(),
                    at,
                    failed.reason()));
        }
        if (event instanceof PayoutAccountSet) {
            return List.of(transaction
                    .preparedQuery("update incentive_installments set status = 'RETRY_READY', updated_at = $2"
                            + " where participant_id = $1 and status = 'FAILED'")
                    .execute(Tuple.of(participantId, at)));
        }
        if (event instanceof ParticipationRevoked revoked) {
            return List.of(transaction
                    .preparedQuery("update incentive_installments set status = 'CANCELLED', updated_at = $3"
                            + " where participant_id = $1 and installment = any($2)")
                    .execute(Tuple.of(
                            participantId, revoked.cancelledInstallments().toArray(Integer[]::new), at)));
        }
        if (event instanceof ClawbackRecorded clawback) {
            return List.of(transaction
                    .preparedQuery("insert into clawbacks (participant_id, amount, due_at, recorded_at)"
                            + " values ($1, $2, $3, $4) on conflict do nothing")
                    .execute(Tuple.of(
                            participantId,
                            clawback.amountReceived(),
                            clawback.dueAt().atOffset(ZoneOffset.UTC),
                            at)));
        }
        return List.of();
    }

    private static Uni<?> installment(
            SqlConnection transaction,
            String assignments,
            UUID participantId,
            int installment,
            OffsetDateTime at,
            Object... more) {
        var arguments = new ArrayList<Object>(List.of(participantId, installment, at));
        arguments.addAll(List.of(more));
        return transaction
                .preparedQuery("update incentive_installments set " + assignments + ", updated_at = $3"
                        + " where participant_id = $1 and installment = $2")
                .execute(Tuple.from(arguments));
    }

    private static Uni<?> purchase(SqlConnection transaction, String assignment, UUID purchaseId, OffsetDateTime at) {
        return transaction
                .preparedQuery(
                        "update participant_purchases set " + assignment + ", updated_at = $2 where purchase_id = $1")
                .execute(Tuple.of(purchaseId, at))
                .replaceWithVoid();
    }

    private static void profile(Profile profile, Map<String, Object> columns) {
        columns.put("full_name", profile.fullName());
        columns.put("nik", profile.nik());
        columns.put("province_code", Nik.province(profile.nik()));
    }

    private static UUID participantId(RecordedEvent recorded) {
        return UUID.fromString(StreamIds.id(recorded.streamId()));
    }
}
