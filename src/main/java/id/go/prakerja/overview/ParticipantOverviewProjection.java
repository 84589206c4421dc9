package id.go.prakerja.overview;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.subscription.Projection;
import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The participant's read models: the overview row (status, card, balance, {@link OverviewRows}), the purchases
 * ({@link PurchaseRows}), the certificates ({@link CertificateRows}), the incentive installments
 * ({@link InstallmentRows}), the clawbacks ({@link ClawbackRows}) and the timeline ({@link TimelineRows}). A batch
 * costs a fixed number of statements besides the per-event certificate and incentive rows: the overview rows it
 * touches are read once, folded in memory and written back in one upsert, the purchases, the purchase changes and
 * the timeline in one statement each. Recent status changes are also announced with {@code pg_notify} at commit
 * ({@link StatusAnnouncements}), which is what the status streams of every instance push to their clients.
 */
@ApplicationScoped
public class ParticipantOverviewProjection implements Projection {

    public static final String STATUS_CHANNEL = "participant_status";

    /**
     * Plans the batch's statements for the table as it is now. While the overview grows from empty (a rebuild, the
     * first catch-up over a migrated log) the generic plan cached after the first few batches scans the table, since
     * it was small then, and stays cached as the table grows: the load took 11.5 ms per batch instead of 0.2 ms over
     * 50 000 participants, half of the rebuild's time (BENCHMARKS.md).
     */
    private static final String CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan";

    private final ParticipantService participants;
    private final Clock clock;
    private final Set<String> handledTypes;

    public ParticipantOverviewProjection(ParticipantService participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
        this.handledTypes = participants.types().storedTypes();
    }

    @Override
    public String name() {
        return "participant-overview";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(ParticipantService.CATEGORY) && handledTypes.contains(event.type());
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(handledTypes);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        var decoded = events.stream()
                .map(recorded -> new DecodedEvent(recorded, participants.types().fromRecorded(recorded)))
                .toList();
        // Pipelined: the setting and the load cost one round trip.
        var customPlans = transaction.query(CUSTOM_PLANS).execute();
        var load = OverviewRows.load(transaction, decoded);
        return Uni.combine()
                .all()
                .unis(customPlans, load)
                .with((set, rows) -> rows)
                .chain(rows -> write(transaction, decoded, rows));
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction
                .query("truncate participant_overview, participant_timeline, participant_purchases, certificates,"
                        + " incentive_installments, disbursement_attempts, clawbacks")
                .execute()
                .replaceWithVoid();
    }

    /**
     * The overview first (the certificate row copies the participant's name from it), then the purchase rows, then
     * the certificate and incentive rows event by event, then the timeline and the announcements. Subscribed
     * together, in order, on one connection: the client pipelines them, so the writes of a batch cost one round trip.
     */
    private Uni<Void> write(SqlConnection transaction, List<DecodedEvent> events, Map<UUID, OverviewRow> rows) {
        var statements = new ArrayList<Uni<?>>();
        statements.addAll(OverviewRows.write(transaction, rows));
        statements.addAll(PurchaseRows.write(transaction, events));
        for (var decoded : events) {
            statements.addAll(CertificateRows.write(transaction, decoded));
            statements.addAll(InstallmentRows.write(transaction, decoded));
            statements.addAll(ClawbackRows.write(transaction, decoded));
        }
        statements.add(TimelineRows.write(transaction, events));
        statements.addAll(StatusAnnouncements.write(transaction, events, rows, clock.instant()));
        return Uni.join()
                .all(statements.stream().map(Uni::replaceWithVoid).toList())
                .andFailFast()
                .replaceWithVoid();
    }
}
