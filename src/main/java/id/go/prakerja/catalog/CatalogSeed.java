package id.go.prakerja.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.eventstore.EventMetadata;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the sample catalog through the ordinary catalog commands when the local run starts with no trainings
 * at all, so that a person trying the platform has something to buy.
 */
@ApplicationScoped
public class CatalogSeed {

    private static final Logger LOG = Logger.getLogger(CatalogSeed.class);

    private final CatalogService catalog;
    private final Pool pool;
    private final ObjectMapper mapper;
    private final boolean enabled;

    public CatalogSeed(
            CatalogService catalog,
            Pool pool,
            ObjectMapper mapper,
            @ConfigProperty(name = "prakerja.catalog.seed-on-start", defaultValue = "false") boolean enabled) {
        this.catalog = catalog;
        this.pool = pool;
        this.mapper = mapper;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        pool.query("select exists(select 1 from events where stream_id like 'training-%') as seeded")
                .execute()
                .map(rows -> rows.iterator().next().getBoolean("seeded"))
                .chain(seeded -> seeded ? Uni.createFrom().item(0) : publishAll())
                .subscribe()
                .with(
                        count -> {
                            if (count > 0) {
                                LOG.infof("Sample catalog published: %d trainings", count);
                            }
                        },
                        failure -> LOG.warnf("Sample catalog not published: %s", failure.getMessage()));
    }

    private Uni<Integer> publishAll() {
        var metadata = EventMetadata.of(UUID.randomUUID().toString(), null, "catalog-seed");
        return Multi.createFrom()
                .iterable(trainings())
                .onItem()
                .transformToUniAndConcatenate(form -> catalog.publish(UUID.randomUUID(), form.toDomain(), metadata))
                .collect()
                .asList()
                .map(List::size);
    }

    private List<OperatorCatalogResource.TrainingForm> trainings() {
        try (var in = CatalogSeed.class.getResourceAsStream("/catalog/seed-trainings.json")) {
            return mapper.readValue(in, new TypeReference<List<OperatorCatalogResource.TrainingForm>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("The sample catalog cannot be read", e);
        }
    }
}
