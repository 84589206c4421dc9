package id.go.prakerja.catalog;

import id.go.prakerja.catalog.TrainingEvent.TrainingChanged;
import id.go.prakerja.catalog.TrainingEvent.TrainingPublished;
import id.go.prakerja.catalog.TrainingEvent.TrainingUnpublished;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.subscription.Projection;
import id.go.prakerja.participant.ParticipantEvent.PersonalDataErased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The searchable catalog, with ratings folded in from the participants' reviews. */
@ApplicationScoped
public class CatalogProjection implements Projection {

    private final CatalogService catalog;
    private final ParticipantService participants;
    private final Set<String> trainingTypes;
    private final Set<String> participantTypes;
    private final Set<String> payloadTypes;

    public CatalogProjection(CatalogService catalog, ParticipantService participants) {
        this.catalog = catalog;
        this.participants = participants;
        this.trainingTypes = catalog.types().storedTypes();
        this.participantTypes = Set.of(
                participants.types().typeName(TrainingReviewed.class),
                participants.types().typeName(PersonalDataErased.class));
        var read = new HashSet<>(trainingTypes);
        read.addAll(participantTypes);
        this.payloadTypes = Set.copyOf(read);
    }

    @Override
    public String name() {
        return "training-catalog";
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return (event.category().equals(CatalogService.CATEGORY) && trainingTypes.contains(event.type()))
                || (event.category().equals(ParticipantService.CATEGORY) && participantTypes.contains(event.type()));
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(payloadTypes);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, List<RecordedEvent> events) {
        return Projection.oneByOne(events, recorded -> apply(transaction, recorded));
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction
                .query("truncate training_catalog, training_reviews")
                .execute()
                .replaceWithVoid();
    }

    private Uni<Void> apply(SqlConnection transaction, RecordedEvent recorded) {
        if (recorded.category().equals(ParticipantService.CATEGORY)) {
            var participantEvent = participants.types().fromRecorded(recorded);
            if (participantEvent instanceof PersonalDataErased) {
                // The rating stays in the average; the words were the participant's and go with the erasure.
                return transaction
                        .preparedQuery("update training_reviews set review = '' where participant_id = $1")
                        .execute(Tuple.of(UUID.fromString(StreamIds.id(recorded.streamId()))))
                        .replaceWithVoid();
            }
            return review(transaction, recorded, (TrainingReviewed) participantEvent);
        }
        var trainingId = UUID.fromString(StreamIds.id(recorded.streamId()));
        var at = recorded.recordedAt().atOffset(ZoneOffset.UTC);
        var event = catalog.types().fromRecorded(recorded);
        if (event instanceof TrainingPublished published) {
            return transaction
                    .preparedQuery("insert into training_catalog (training_id, title, description, category,"
                            + " platform_code, provider, price, duration_hours, delivery, modules, module_count,"
                            + " certificate_type, schedule, mentor_contact, published, published_at, updated_at,"
                            + " version) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, true,"
                            + " $15, $15, $16) on conflict do nothing")
                    .execute(detailsRow(trainingId, published.details(), at, recorded.streamVersion()))
                    .replaceWithVoid();
        }
        if (event instanceof TrainingChanged changed) {
            return transaction
                    .preparedQuery("update training_catalog set title = $2, description = $3, category = $4,"
                            + " platform_code = $5, provider = $6, price = $7, duration_hours = $8, delivery = $9,"
                            + " modules = $10, module_count = $11, certificate_type = $12, schedule = $13,"
                            + " mentor_contact = $14, updated_at = $15, version = $16 where training_id = $1")
                    .execute(detailsRow(trainingId, changed.details(), at, recorded.streamVersion()))
                    .replaceWithVoid();
        }
        if (event instanceof TrainingUnpublished) {
            return transaction
                    .preparedQuery("update training_catalog set published = false, updated_at = $2, version = $3"
                            + " where training_id = $1")
                    .execute(Tuple.of(trainingId, at, recorded.streamVersion()))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** A training's details as the statement parameters $1 to $16 of both the insert and the update. */
    private static Tuple detailsRow(UUID trainingId, TrainingDetails d, OffsetDateTime at, long version) {
        return Tuple.tuple(List.of(
                trainingId,
                d.title(),
                d.description(),
                d.category().name(),
                d.platformCode(),
                d.provider(),
                d.price(),
                d.durationHours(),
                d.delivery().name(),
                new JsonArray(d.modules()),
                d.modules().size(),
                d.certificateType(),
                d.schedule(),
                d.mentorContact(),
                at,
                version));
    }

    private static Uni<Void> review(SqlConnection transaction, RecordedEvent recorded, TrainingReviewed reviewed) {
        var participantId = UUID.fromString(StreamIds.id(recorded.streamId()));
        return transaction
                .preparedQuery("insert into training_reviews (purchase_id, training_id, participant_id, rating, review,"
                        + " reviewed_at) values ($1, $2, $3, $4, $5, $6) on conflict do nothing")
                .execute(Tuple.tuple(List.of(
                        reviewed.purchaseId(),
                        reviewed.trainingId(),
                        participantId,
                        reviewed.rating(),
                        reviewed.review() == null ? "" : reviewed.review(),
                        reviewed.reviewedAt().atOffset(ZoneOffset.UTC))))
                .chain(inserted -> inserted.rowCount() == 0
                        ? Uni.createFrom().voidItem()
                        : transaction
                                .preparedQuery("update training_catalog set rating_sum = rating_sum + $2,"
                                        + " review_count = review_count + 1,"
                                        + " rating_average = round((rating_sum + $2)::numeric / (review_count + 1), 2)"
                                        + " where training_id = $1")
                                .execute(Tuple.of(reviewed.trainingId(), reviewed.rating()))
                                .replaceWithVoid());
    }
}
