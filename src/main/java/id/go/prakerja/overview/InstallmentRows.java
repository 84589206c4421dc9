package id.go.prakerja.overview;

import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code incentive_installments} rows of an event: the incentive schedule and each installment's state. */
final class InstallmentRows {

    private InstallmentRows() {}

    static List<Uni<?>> write(SqlConnection transaction, DecodedEvent decoded) {
        var event = decoded.event();
        var at = decoded.at();
        var participantId = decoded.participantId();
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
            return List.of(
                    transaction
                            .preparedQuery("insert into disbursement_attempts (disbursement_id, participant_id,"
                                    + " installment, attempt, amount, provider, status, requested_at)"
                                    + " values ($1, $2, $3, $4, $5, $6, 'REQUESTED', $7) on conflict do nothing")
                            .execute(Tuple.tuple()
                                    .addUUID(requested.disbursementId())
                                    .addUUID(participantId)
                                    .addInteger(requested.installment())
                                    .addInteger(requested.attempt())
                                    .addLong(requested.amount())
                                    .addString(
                                            requested.account() == null
                                                    ? null
                                                    : requested.account().provider())
                                    .addValue(at)),
                    installment(
                            transaction,
                            "status = 'REQUESTED', disbursement_id = $4, attempt = $5, provider = $6, failure_reason = null",
                            participantId,
                            requested.installment(),
                            at,
                            requested.disbursementId(),
                            requested.attempt(),
                            requested.account() == null
                                    ? null
                                    : requested.account().provider()));
        }
        if (event instanceof ParticipantEvent.DuplicatePaymentReported duplicate) {
            return List.of(installment(
                    transaction,
                    "duplicate_payments = duplicate_payments + 1",
                    participantId,
                    duplicate.installment(),
                    at));
        }
        if (event instanceof ParticipantEvent.PaymentReversed reversed && reversed.secondPayment()) {
            return List.of(installment(
                    transaction,
                    "duplicate_payments = greatest(duplicate_payments - 1, 0)",
                    participantId,
                    reversed.installment(),
                    at));
        }
        if (event instanceof ParticipantEvent.PaymentReversed reversed) {
            return List.of(
                    attempt(transaction, reversed.disbursementId(), "REVERSED", reversed.reason(), at),
                    installment(
                            transaction,
                            "status = 'RETRY_READY', paid_at = null, failure_reason = $4",
                            participantId,
                            reversed.installment(),
                            at,
                            "REVERSED " + (reversed.reason() == null ? "" : reversed.reason())));
        }
        if (event instanceof ParticipantEvent.DisbursementRetryApproved approved) {
            return List.of(
                    installment(transaction, "status = 'RETRY_READY'", participantId, approved.installment(), at));
        }
        if (event instanceof IncentivePaid paid) {
            return List.of(
                    attempt(
                            transaction,
                            paid.disbursementId(),
                            "PAID",
                            null,
                            paid.paidAt().atOffset(ZoneOffset.UTC)),
                    installment(
                            transaction,
                            "status = 'PAID', reference = $4, paid_at = $5",
                            participantId,
                            paid.installment(),
                            at,
                            paid.reference(),
                            paid.paidAt().atOffset(ZoneOffset.UTC)));
        }
        if (event instanceof DisbursementFailed failed) {
            return List.of(
                    attempt(transaction, failed.disbursementId(), "FAILED", failed.reason(), at),
                    installment(
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
            return cancelled(transaction, participantId, revoked.cancelledInstallments(), at);
        }
        if (event instanceof ParticipantEvent.PersonalDataErased erased) {
            return cancelled(transaction, participantId, erased.cancelledInstallments(), at);
        }
        return List.of();
    }

    private static Uni<?> attempt(
            SqlConnection transaction, UUID disbursementId, String status, String reason, OffsetDateTime at) {
        return transaction
                .preparedQuery("update disbursement_attempts set status = $2, reason = $3, settled_at = $4"
                        + " where disbursement_id = $1")
                .execute(Tuple.of(disbursementId, status, reason, at));
    }

    private static List<Uni<?>> cancelled(
            SqlConnection transaction, UUID participantId, List<Integer> installments, OffsetDateTime at) {
        return List.of(transaction
                .preparedQuery("update incentive_installments set status = 'CANCELLED', updated_at = $3"
                        + " where participant_id = $1 and installment = any($2)")
                .execute(Tuple.of(participantId, installments.toArray(Integer[]::new), at)));
    }

    private static Uni<?> installment(
            SqlConnection transaction,
            String assignments,
            UUID participantId,
            int installment,
            OffsetDateTime at,
            Object... more) {
        var arguments = new ArrayList<Object>(List.of(participantId, installment, at));
        arguments.addAll(java.util.Arrays.asList(more));
        return transaction
                .preparedQuery("update incentive_installments set " + assignments + ", updated_at = $3"
                        + " where participant_id = $1 and installment = $2")
                .execute(Tuple.from(arguments));
    }
}
