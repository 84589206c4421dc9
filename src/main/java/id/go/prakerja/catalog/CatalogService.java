package id.go.prakerja.catalog;

import id.go.prakerja.catalog.TrainingCommand.ChangeTraining;
import id.go.prakerja.catalog.TrainingCommand.PublishTraining;
import id.go.prakerja.catalog.TrainingCommand.UnpublishTraining;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.platform.command.CommandPipeline;
import id.go.prakerja.platform.command.CommandPipelines;
import id.go.prakerja.platform.command.Decider;
import id.go.prakerja.platform.command.Loaded;
import id.go.prakerja.platform.command.Outcome;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/** The catalog's application service: publishing, changing and unpublishing trainings. */
@ApplicationScoped
public class CatalogService {

    public static final String CATEGORY = "training";

    private final CommandPipelines pipelines;
    private final CommandPipeline<TrainingCommand, TrainingEvent, TrainingState> pipeline;
    private final Clock clock;
    private final Pool pool;

    public CatalogService(CommandPipelines pipelines, Clock clock, Pool pool) {
        this.pipelines = pipelines;
        this.pool = pool;
        this.pipeline = pipelines.create(
                CATEGORY,
                TrainingEvent.class,
                Decider.of(TrainingState.INITIAL, TrainingDecider::decide, TrainingDecider::evolve));
        this.clock = clock;
    }

    public static String streamOf(UUID trainingId) {
        return StreamIds.of(CATEGORY, trainingId);
    }

    public EventTypeRegistry<TrainingEvent> types() {
        return pipeline.types();
    }

    public Uni<Outcome<TrainingEvent, TrainingState>> publish(
            UUID trainingId, TrainingDetails details, EventMetadata metadata) {
        return execute(
                trainingId,
                details.platformCode(),
                known -> new PublishTraining(trainingId, details, known, clock.instant()),
                metadata);
    }

    public Uni<Outcome<TrainingEvent, TrainingState>> change(
            UUID trainingId, TrainingDetails details, EventMetadata metadata) {
        return execute(
                trainingId,
                details.platformCode(),
                known -> new ChangeTraining(details, known, clock.instant()),
                metadata);
    }

    public Uni<Outcome<TrainingEvent, TrainingState>> unpublish(
            UUID trainingId, String reason, EventMetadata metadata) {
        return execute(trainingId, null, known -> new UnpublishTraining(reason, clock.instant()), metadata);
    }

    /** Everything an editor sets on a training, published or not, from its stream; null when there is none. */
    public Uni<TrainingDetails> details(UUID trainingId) {
        return pipeline.load(pool, trainingId).map(loaded -> loaded.state().details());
    }

    public Uni<Loaded<TrainingState>> load(SqlClient client, UUID trainingId) {
        return pipeline.load(client, trainingId);
    }

    /** {@code command} is given whether the training's platform is a known one, read in the same transaction. */
    private Uni<Outcome<TrainingEvent, TrainingState>> execute(
            UUID trainingId, String platformCode, Function<Boolean, TrainingCommand> command, EventMetadata metadata) {
        return pipelines.inTransaction(transaction -> platformKnown(transaction, platformCode)
                .chain(known -> pipeline.handle(transaction, trainingId, command.apply(known), metadata)));
    }

    private static Uni<Boolean> platformKnown(SqlClient client, String platformCode) {
        if (platformCode == null) {
            return Uni.createFrom().item(true);
        }
        return client.preparedQuery("select exists(select 1 from training_platforms where code = $1) as known")
                .execute(Tuple.of(platformCode))
                .map(rows -> rows.iterator().next().getBoolean("known"));
    }
}
