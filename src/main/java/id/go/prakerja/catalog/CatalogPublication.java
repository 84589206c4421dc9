package id.go.prakerja.catalog;

import id.go.prakerja.catalog.TrainingEvent.TrainingChanged;
import id.go.prakerja.catalog.TrainingEvent.TrainingPublished;
import id.go.prakerja.catalog.TrainingEvent.TrainingUnpublished;
import id.go.prakerja.eventstore.relay.Publication;
import id.go.prakerja.eventstore.relay.PublishedEvents;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The catalog as training platforms and price watchers see it: public facts, no mentor's contact. */
@Singleton
public class CatalogPublication {

    /** A training as listed, after its publication or a change. */
    public record Listing(
            UUID trainingId,
            String title,
            String category,
            String platformCode,
            String provider,
            long price,
            int durationHours,
            String delivery,
            List<String> modules,
            String certificateType,
            Instant at) {

        static Listing of(UUID trainingId, TrainingDetails details, Instant at) {
            return new Listing(
                    trainingId,
                    details.title(),
                    details.category().name(),
                    details.platformCode(),
                    details.provider(),
                    details.price(),
                    details.durationHours(),
                    details.delivery().name(),
                    details.modules(),
                    details.certificateType(),
                    at);
        }
    }

    /** A training taken out of the catalog. */
    public record Unlisted(UUID trainingId, Instant unpublishedAt) {}

    @Produces
    @Singleton
    Publication catalog(CatalogService catalog) {
        return PublishedEvents.of(CatalogService.CATEGORY, catalog.types())
                .publish(
                        TrainingPublished.class,
                        "prakerja.training.published.v1",
                        Listing.class,
                        (e, id) -> Listing.of(id, e.details(), e.publishedAt()))
                .publish(
                        TrainingChanged.class,
                        "prakerja.training.changed.v1",
                        Listing.class,
                        (e, id) -> Listing.of(id, e.details(), e.changedAt()))
                .publish(
                        TrainingUnpublished.class,
                        "prakerja.training.unpublished.v1",
                        Unlisted.class,
                        (e, id) -> new Unlisted(id, e.unpublishedAt()));
    }
}
