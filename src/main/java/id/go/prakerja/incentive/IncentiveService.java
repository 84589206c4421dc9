package id.go.prakerja.incentive;

import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.participant.ParticipantCommand;
import id.go.prakerja.participant.ParticipantCommand.ApproveDisbursementRetry;
import id.go.prakerja.participant.ParticipantCommand.RecordDisbursementResult;
import id.go.prakerja.participant.ParticipantCommand.RecordReversal;
import id.go.prakerja.participant.ParticipantCommand.RequestDisbursement;
import id.go.prakerja.participant.ParticipantCommand.SetPayoutAccount;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantState;
import id.go.prakerja.participant.PayoutAccount;
import id.go.prakerja.participant.PayoutProvider;
import id.go.prakerja.platform.command.Alongside;
import id.go.prakerja.platform.command.IfMatch;
import id.go.prakerja.platform.command.Outcome;
import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.RuleViolated;
import id.go.prakerja.platform.decision.Violation;
import id.go.prakerja.platform.inbound.InboundMessages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Incentives: the payout account, requesting each due installment from the disbursement partner, recording its
 * answer, and stopping payments on fraud. Every step is a command on the participant's stream.
 */
@ApplicationScoped
public class IncentiveService {

    static final String RESULTS_SOURCE = "disbursement-results";

    private final ParticipantService participants;
    private final Clock clock;
    private final InboundMessages inbound;

    public IncentiveService(ParticipantService participants, InboundMessages inbound, Clock clock) {
        this.clock = clock;
        this.participants = participants;
        this.inbound = inbound;
    }

    public Uni<Outcome<ParticipantEvent, ParticipantState>> setPayoutAccount(
            UUID participantId, PayoutAccount account, EventMetadata metadata, IfMatch ifMatch) {
        return participants.inTransaction(transaction -> provider(transaction, account.provider())
                .chain(provider -> participants.handle(
                        transaction,
                        participantId,
                        new SetPayoutAccount(account, provider, clock.instant()),
                        metadata,
                        Alongside.nothing(),
                        ifMatch)));
    }

    /** Requests an installment if it is due; the request and its routing row commit together. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> requestDue(
            UUID participantId, int installment, EventMetadata metadata) {
        return participants.inTransaction(transaction -> participants
                .handle(transaction, participantId, new RequestDisbursement(installment, clock.instant()), metadata)
                .call(outcome -> route(transaction, participantId, outcome)));
    }

    /** Finance tries a failed installment again on the account the participant has. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> approveRetry(
            UUID participantId, int installment, String reason, EventMetadata metadata) {
        return participants.execute(
                participantId, new ApproveDisbursementRetry(installment, reason, clock.instant()), metadata);
    }

    /** Records the partner's answer once per disbursement id, status and reference. */
    public Uni<Outcome<ParticipantEvent, ParticipantState>> recordResult(
            DisbursementResult result, EventMetadata metadata) {
        return participants.inTransaction(transaction -> transaction
                .preparedQuery("select participant_id from disbursements where disbursement_id = $1")
                .execute(Tuple.of(result.disbursementId()))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom()
                                .failure(new RuleViolated(List.of(Violation.of(Rule.DISBURSEMENT_UNKNOWN))));
                    }
                    var participantId = rows.iterator().next().getUUID("participant_id");
                    ParticipantCommand command = result.reversed()
                            ? new RecordReversal(
                                    result.disbursementId(), result.reference(), result.reason(), clock.instant())
                            : new RecordDisbursementResult(
                                    result.disbursementId(),
                                    result.paid(),
                                    result.reason(),
                                    result.reference(),
                                    result.paidAt(),
                                    clock.instant());
                    // A redelivered answer repeats its reference too; a second payment comes with another.
                    return participants
                            .handle(transaction, participantId, command, metadata)
                            .call(() -> inbound.remember(
                                    transaction,
                                    RESULTS_SOURCE,
                                    result.disbursementId() + ":" + result.status() + ":" + result.reference(),
                                    clock.instant()));
                }));
    }

    private static Uni<Void> route(
            SqlConnection transaction, UUID participantId, Outcome<ParticipantEvent, ParticipantState> outcome) {
        var requests = outcome.events().stream()
                .filter(DisbursementRequested.class::isInstance)
                .map(DisbursementRequested.class::cast)
                .map(r -> Tuple.of(r.disbursementId(), participantId, r.installment()))
                .toList();
        if (requests.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction
                .preparedQuery("insert into disbursements (disbursement_id, participant_id, installment)"
                        + " values ($1, $2, $3) on conflict do nothing")
                .executeBatch(requests)
                .replaceWithVoid();
    }

    private static Uni<PayoutProvider> provider(SqlClient client, String code) {
        return client.preparedQuery("select code, type, account_pattern from payout_providers where code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        return null;
                    }
                    var row = rows.iterator().next();
                    return new PayoutProvider(
                            row.getString("code"),
                            PayoutAccount.Type.valueOf(row.getString("type")),
                            row.getString("account_pattern"));
                });
    }

    /** The partner's answer, schema v1 of the results topic. */
    public record DisbursementResult(
            UUID disbursementId, String status, String reason, String reference, Instant paidAt) {

        boolean paid() {
            return "PAID".equals(status);
        }

        boolean reversed() {
            return "REVERSED".equals(status);
        }

        /** What makes the answer unusable; empty when it is complete. */
        public String problem() {
            if (disbursementId == null) {
                return "disbursementId is required";
            }
            if (!"PAID".equals(status) && !"FAILED".equals(status) && !"REVERSED".equals(status)) {
                return "status must be PAID, FAILED or REVERSED";
            }
            return "";
        }
    }
}
