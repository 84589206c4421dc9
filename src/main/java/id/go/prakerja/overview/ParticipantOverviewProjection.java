package id.go.prakerja.overview;

import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Projection;
import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantService;
import id.go.prakerja.participant.ParticipantStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Array;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The participant overview (status, card, balance) and timeline. A batch costs a fixed number of statements: the
 * overview rows it touches are read once, folded in memory ({@link OverviewRow}) and written back in one upsert, the
 * timeline in one insert. Recent status changes are also announced with {@code pg_notify} at commit, which is what
 * the status streams of every instance push to their clients.
 */
@ApplicationScoped
public class ParticipantOverviewProjection implements Projection {

    public static final String STATUS_CHANNEL = "participant_status";

    /** Status changes older than this are history being replayed (a rebuild, a catch-up), not news for a client. */
    private static final Duration LIVE = Duration.ofMinutes(1);

    private static final String COLUMNS = "participant_id, status, status_before_freeze, email, full_name, nik,"
            + " province_code, batch_id, card_number, scheme, balance, purchase_deadline, reminder_sent,"
            + " registered_at, updated_at, version, active_purchases, unpaid_installments";

    private static final String LOAD =
            "select " + COLUMNS + " from participant_overview where participant_id = any($1)";

    /**
     * Plans the batch's statements for the table as it is now. While the overview grows from empty (a rebuild, the
     * first catch-up over a migrated log) the generic plan cached after the first few batches scans the table, since
     * it was small then, and stays cached as the table grows: the load took 11.5 ms per batch instead of 0.2 ms over
     * 50 000 participants, half of the rebuild's time (BENCHMARKS.md).
     */
    private static final String CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan";

    private static final String UPSERT = "insert into participant_overview (" + COLUMNS + ") select * from unnest("
            + "$1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[],"
            + " $9::text[], $10::text[], $11::bigint[], $12::timestamptz[], $13::boolean[], $14::timestamptz[],"
            + " $15::timestamptz[], $16::bigint[], $17::int[], $18::int[])"
            + " on conflict (participant_id) do update set status = excluded.status,"
            + " status_before_freeze = excluded.status_before_freeze, email = excluded.email,"
            + " full_name = excluded.full_name, nik = excluded.nik, province_code = excluded.province_code,"
            + " batch_id = excluded.batch_id, card_number = excluded.card_number, scheme = excluded.scheme,"
            + " balance = excluded.balance, purchase_deadline = excluded.purchase_deadline,"
            + " reminder_sent = excluded.reminder_sent, updated_at = excluded.updated_at, version = excluded.version,"
            + " active_purchases = excluded.active_purchases, unpaid_installments = excluded.unpaid_installments";

    /**
     * A plain insert: the checkpoint moves in the batch's transaction only from where the batch started, so an event
     * reaches the timeline once, and a second row for a version would be a defect worth stopping for. With
     * {@code on conflict do nothing} each row cost a speculative insertion, 10.4 instead of 6.7 ms per 2 000 rows
     * (BENCHMARKS.md), the largest statement of a rebuild.
     */
    private static final String TIMELINE = "insert into participant_timeline (participant_id, version, event_type,"
            + " occurred_at, summary_id, summary_en) select * from unnest($1::uuid[], $2::bigint[], $3::text[],"
            + " $4::timestamptz[], $5::text[], $6::text[])";

    /** New purchases of a batch in one statement, ahead of the batch's updates of purchases. */
    private static final String PURCHASES = "insert into participant_purchases (purchase_id, participant_id,"
            + " training_id, title, platform_code, provider, price, voucher_code, status, module_count, purchased_at,"
            + " updated_at) select p.purchase_id, p.participant_id, p.training_id, p.title, p.platform_code,"
            + " p.provider, p.price, p.voucher_code, 'ACTIVE', p.module_count, p.purchased_at, p.purchased_at"
            + " from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bigint[],"
            + " $8::text[], $9::int[], $10::timestamptz[]) as p(purchase_id, participant_id, training_id, title,"
            + " platform_code, provider, price, voucher_code, module_count, purchased_at) on conflict do nothing";

    /** The batch's changes of existing purchases (new ones are inserted first), one row per purchase. */
    private static final String UPDATE_PURCHASES = "update participant_purchases p set"
            + " status = coalesce(u.status, p.status), modules_completed = p.modules_completed + u.modules_completed,"
            + " exam_passed = p.exam_passed or u.exam_passed, reviewed = p.reviewed or u.reviewed,"
            + " certificate_number = coalesce(u.certificate_number, p.certificate_number), updated_at = u.updated_at"
            + " from unnest($1::uuid[], $2::text[], $3::int[], $4::boolean[], $5::boolean[], $6::text[],"
            + " $7::timestamptz[]) as u(purchase_id, status, modules_completed, exam_passed, reviewed,"
            + " certificate_number, updated_at) where p.purchase_id = u.purchase_id";

    private static final String NOTIFY = "select pg_notify($1, payload) from unnest($2::text[]) as payload";

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
                .map(recorded -> new Decoded(recorded, participants.types().fromRecorded(recorded)))
                .toList();
        var ids = decoded.stream().map(Decoded::participantId).distinct().toArray(UUID[]::new);
        // Pipelined: the setting and the load cost one round trip.
        var customPlans = transaction.query(CUSTOM_PLANS).execute();
        var load = transaction.preparedQuery(LOAD).execute(Tuple.of(ids));
        return Uni.combine()
                .all()
                .unis(customPlans, load)
                .with((set, rows) -> rows)
                .chain(rows -> write(transaction, decoded, fold(rows, decoded)));
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction
                .query("truncate participant_overview, participant_timeline, participant_purchases, certificates,"
                        + " incentive_installments, clawbacks")
                .execute()
                .replaceWithVoid();
    }

    /** An event of the batch with what every statement needs of it, worked out once. */
    private record Decoded(RecordedEvent recorded, ParticipantEvent event, UUID participantId, OffsetDateTime at) {

        Decoded(RecordedEvent recorded, ParticipantEvent event) {
            this(
                    recorded,
                    event,
                    ParticipantOverviewProjection.participantId(recorded),
                    recorded.recordedAt().atOffset(ZoneOffset.UTC));
        }
    }

    private static Map<UUID, OverviewRow> fold(RowSet<Row> stored, List<Decoded> events) {
        var rows = new LinkedHashMap<UUID, OverviewRow>();
        for (var row : stored) {
            var overview = read(row);
            rows.put(overview.participantId, overview);
        }
        for (var decoded : events) {
            rows.computeIfAbsent(decoded.participantId(), OverviewRow::new)
                    .apply(decoded.event(), decoded.recorded().streamVersion(), decoded.at());
        }
        return rows;
    }

    /**
     * The overview first (the certificate row copies the participant's name from it), then the purchase and
     * incentive rows event by event, then the timeline and the announcements. Subscribed together, in order, on one
     * connection: the client pipelines them, so the writes of a batch cost one round trip.
     */
    private Uni<Void> write(SqlConnection transaction, List<Decoded> events, Map<UUID, OverviewRow> rows) {
        var statements = new ArrayList<Uni<?>>();
        var written = rows.values().stream().filter(row -> row.status != null).toList();
        if (!written.isEmpty()) {
            statements.add(transaction.preparedQuery(UPSERT).execute(upsertArguments(written)));
        }
        var purchased = events.stream()
                .filter(decoded -> decoded.event() instanceof TrainingPurchased)
                .toList();
        if (!purchased.isEmpty()) {
            statements.add(transaction.preparedQuery(PURCHASES).execute(purchaseArguments(purchased)));
        }
        var purchaseChanges = new PurchaseChanges();
        events.forEach(decoded -> purchaseChanges.apply(decoded.event(), decoded.at()));
        var changed = purchaseChanges.list();
        if (!changed.isEmpty()) {
            statements.add(transaction.preparedQuery(UPDATE_PURCHASES).execute(purchaseUpdateArguments(changed)));
        }
        for (var decoded : events) {
            statements.addAll(certificates(transaction, decoded));
            statements.addAll(incentives(transaction, decoded));
        }
        statements.add(transaction.preparedQuery(TIMELINE).execute(timelineArguments(events)));
        var announcements = announcements(events, rows);
        if (announcements.length > 0) {
            statements.add(transaction.preparedQuery(NOTIFY).execute(Tuple.of(STATUS_CHANNEL, announcements)));
        }
        return Uni.join()
                .all(statements.stream().map(Uni::replaceWithVoid).toList())
                .andFailFast()
                .replaceWithVoid();
    }

    private String[] announcements(List<Decoded> events, Map<UUID, OverviewRow> rows) {
        var liveSince = clock.instant().minus(LIVE);
        return events.stream()
                .filter(decoded -> decoded.recorded().recordedAt().isAfter(liveSince))
                .map(Decoded::participantId)
                .distinct()
                .map(rows::get)
                .filter(row -> row.status != null)
                .map(row -> new JsonObject()
                        .put("participantId", row.participantId.toString())
                        .put("status", row.status.name())
                        .put("version", row.version)
                        .encode())
                .toArray(String[]::new);
    }

    private static OverviewRow read(Row row) {
        var overview = new OverviewRow(row.getUUID("participant_id"));
        overview.status = ParticipantStatus.valueOf(row.getString("status"));
        var beforeFreeze = row.getString("status_before_freeze");
        overview.statusBeforeFreeze = beforeFreeze == null ? null : ParticipantStatus.valueOf(beforeFreeze);
        overview.email = row.getString("email");
        overview.fullName = row.getString("full_name");
        overview.nik = row.getString("nik");
        overview.provinceCode = row.getString("province_code");
        overview.batchId = row.getUUID("batch_id");
        overview.cardNumber = row.getString("card_number");
        overview.scheme = row.getString("scheme");
        overview.balance = row.getLong("balance");
        overview.purchaseDeadline = row.getOffsetDateTime("purchase_deadline");
        overview.reminderSent = row.getBoolean("reminder_sent");
        overview.registeredAt = row.getOffsetDateTime("registered_at");
        overview.updatedAt = row.getOffsetDateTime("updated_at");
        overview.version = row.getLong("version");
        overview.activePurchases = row.getInteger("active_purchases");
        overview.unpaidInstallments = row.getInteger("unpaid_installments");
        return overview;
    }

    /** One array argument of an {@code unnest(...)} statement: its element type and each row's value. */
    private record Column<T>(Class<?> type, Function<T, ?> value) {}

    private static <T> Column<T> column(Class<?> type, Function<T, ?> value) {
        return new Column<>(type, value);
    }

    /** The statement's arguments, one array per column in order, each element taken from the row at its index. */
    private static <T> Tuple unnestArguments(List<T> rows, List<Column<T>> columns) {
        var tuple = Tuple.tuple();
        for (var column : columns) {
            var values = (Object[]) Array.newInstance(column.type(), rows.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = column.value().apply(rows.get(i));
            }
            tuple.addValue(values);
        }
        return tuple;
    }

    private static final List<Column<OverviewRow>> UPSERT_COLUMNS = List.of(
            column(UUID.class, row -> row.participantId),
            column(String.class, row -> row.status.name()),
            column(String.class, row -> row.statusBeforeFreeze == null ? null : row.statusBeforeFreeze.name()),
            column(String.class, row -> row.email),
            column(String.class, row -> row.fullName),
            column(String.class, row -> row.nik),
            column(String.class, row -> row.provinceCode),
            column(UUID.class, row -> row.batchId),
            column(String.class, row -> row.cardNumber),
            column(String.class, row -> row.scheme),
            column(Long.class, row -> row.balance),
            column(OffsetDateTime.class, row -> row.purchaseDeadline),
            column(Boolean.class, row -> row.reminderSent),
            column(OffsetDateTime.class, row -> row.registeredAt),
            column(OffsetDateTime.class, row -> row.updatedAt),
            column(Long.class, row -> row.version),
            column(Integer.class, row -> row.activePurchases),
            column(Integer.class, row -> row.unpaidInstallments));

    private static final List<Column<Decoded>> PURCHASE_COLUMNS = List.of(
            column(UUID.class, decoded -> purchased(decoded).purchaseId()),
            column(UUID.class, Decoded::participantId),
            column(UUID.class, decoded -> purchased(decoded).training().trainingId()),
            column(String.class, decoded -> purchased(decoded).training().title()),
            column(String.class, decoded -> purchased(decoded).training().platformCode()),
            column(String.class, decoded -> purchased(decoded).training().provider()),
            column(Long.class, decoded -> purchased(decoded).training().price()),
            column(String.class, decoded -> purchased(decoded).voucherCode()),
            column(Integer.class, decoded -> purchased(decoded).training().moduleCount()),
            column(OffsetDateTime.class, Decoded::at));

    private static final List<Column<PurchaseChanges.Change>> PURCHASE_UPDATE_COLUMNS = List.of(
            column(UUID.class, change -> change.purchaseId),
            column(String.class, change -> change.status),
            column(Integer.class, change -> change.modulesCompleted),
            column(Boolean.class, change -> change.examPassed),
            column(Boolean.class, change -> change.reviewed),
            column(String.class, change -> change.certificateNumber),
            column(OffsetDateTime.class, change -> change.updatedAt));

    /** A timeline row: an event of the batch with its summaries, worked out once for both languages. */
    private record TimelineRow(Decoded decoded, TimelineSummaries.Summary summary) {}

    private static final List<Column<TimelineRow>> TIMELINE_COLUMNS = List.of(
            column(UUID.class, row -> row.decoded().participantId()),
            column(Long.class, row -> row.decoded().recorded().streamVersion()),
            column(String.class, row -> row.decoded().recorded().type()),
            column(OffsetDateTime.class, row -> row.decoded().at()),
            column(String.class, row -> row.summary().indonesian()),
            column(String.class, row -> row.summary().english()));

    private static Tuple upsertArguments(List<OverviewRow> rows) {
        return unnestArguments(rows, UPSERT_COLUMNS);
    }

    private static Tuple purchaseArguments(List<Decoded> purchases) {
        return unnestArguments(purchases, PURCHASE_COLUMNS);
    }

    private static Tuple purchaseUpdateArguments(List<PurchaseChanges.Change> changes) {
        return unnestArguments(changes, PURCHASE_UPDATE_COLUMNS);
    }

    private static Tuple timelineArguments(List<Decoded> events) {
        var rows = events.stream()
                .map(decoded -> new TimelineRow(decoded, TimelineSummaries.of(decoded.event())))
                .toList();
        return unnestArguments(rows, TIMELINE_COLUMNS);
    }

    private static TrainingPurchased purchased(Decoded decoded) {
        return (TrainingPurchased) decoded.event();
    }

    /** The certificate row, which copies the participant's name and the training from the rows written before it. */
    private static List<Uni<?>> certificates(SqlConnection transaction, Decoded decoded) {
        if (!(decoded.event() instanceof CertificateIssued certificate)) {
            return List.of();
        }
        return List.of(transaction
                .preparedQuery("insert into certificates (certificate_number, participant_id, purchase_id,"
                        + " participant_name, training_title, provider, platform_code, issued_at)"
                        + " select $1, p.participant_id, p.purchase_id, coalesce(o.full_name, ''), p.title,"
                        + " p.provider, p.platform_code, $3 from participant_purchases p"
                        + " join participant_overview o on o.participant_id = p.participant_id"
                        + " where p.purchase_id = $2 on conflict do nothing")
                .execute(Tuple.of(certificate.certificateNumber(), certificate.purchaseId(), decoded.at())));
    }

    /** The incentive schedule, each installment's state, and clawbacks. */
    private static List<Uni<?>> incentives(SqlConnection transaction, Decoded decoded) {
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

    private static UUID participantId(RecordedEvent recorded) {
        return UUID.fromString(StreamIds.id(recorded.streamId()));
    }
}
