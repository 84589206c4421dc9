package id.go.prakerja.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.prakerja.catalog.TrainingCommand.ChangeTraining;
import id.go.prakerja.catalog.TrainingCommand.PublishTraining;
import id.go.prakerja.catalog.TrainingCommand.UnpublishTraining;
import id.go.prakerja.eventstore.EventMetadata;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.ExpectedVersion;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.platform.decision.Decision;
import id.go.prakerja.platform.decision.RuleViolated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The catalog's application service: publishing, changing and unpublishing trainings. */
@ApplicationScoped
public class CatalogService {

    /** A training's state and the version it was folded from. */
    public record Loaded(TrainingState state, long version) {}

    public static final String CATEGORY = "training";

    private final EventStore eventStore;
    private final Pool pool;
    private final Clock clock;
    private final EventTypeRegistry<TrainingEvent> types;

    public CatalogService(EventStore eventStore, Pool pool, Clock clock, ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.pool = pool;
        this.clock = clock;
        this.types = EventTypeRegistry.of(TrainingEvent.class, mapper, List.of());
    }

    public static String streamOf(UUID trainingId) {
        return StreamIds.of(CATEGORY, trainingId);
    }

    public EventTypeRegistry<TrainingEvent> types() {
        return types;
    }

    public Uni<Loaded> publish(UUID trainingId, TrainingDetails details, EventMetadata metadata) {
        return execute(
                trainingId,
                details.platformCode(),
                known -> new PublishTraining(trainingId, details, known, clock.instant()),
                metadata);
    }

    public Uni<Loaded> change(UUID trainingId, TrainingDetails details, EventMetadata metadata) {
        return execute(
                trainingId,
                details.platformCode(),
                known -> new ChangeTraining(details, known, clock.instant()),
                metadata);
    }

    public Uni<Loaded> unpublish(UUID trainingId, String reason, EventMetadata metadata) {
        return execute(trainingId, null, known -> new UnpublishTraining(reason, clock.instant()), metadata);
    }

    public Uni<Loaded> load(SqlClient client, UUID trainingId) {
        return eventStore
                .readStream(client, streamOf(trainingId), 1)
                .map(events -> new Loaded(
                        types.fold(events, TrainingState.INITIAL, TrainingDecider::evolve),
                        RecordedEvent.versionAfter(events)));
    }

    private Uni<Loaded> execute(
            UUID trainingId, String platformCode, Function<Boolean, TrainingCommand> command, EventMetadata metadata) {
        return Uni.createFrom()
                .deferred(() -> pool.withTransaction(transaction -> platformKnown(transaction, platformCode)
                        .chain(known -> decideAndAppend(transaction, trainingId, command.apply(known), metadata))))
                .onFailure(WrongExpectedVersion.class)
                .retry()
                .withBackOff(Duration.ofMillis(5), Duration.ofMillis(100))
                .atMost(5);
    }

    private Uni<Loaded> decideAndAppend(
            SqlConnection transaction, UUID trainingId, TrainingCommand command, EventMetadata metadata) {
        return load(transaction, trainingId).chain(loaded -> {
            var decision = TrainingDecider.decide(command, loaded.state());
            if (decision instanceof Decision.Rejected<TrainingEvent> rejected) {
                return Uni.createFrom().failure(new RuleViolated(rejected.violations()));
            }
            var events = ((Decision.Accepted<TrainingEvent>) decision).events();
            var next = loaded.state();
            for (var event : events) {
                next = TrainingDecider.evolve(next, event);
            }
            var after = next;
            return eventStore
                    .append(
                            transaction,
                            streamOf(trainingId),
                            ExpectedVersion.exactly(loaded.version()),
                            events.stream()
                                    .map(e -> types.toNewEvent(e, metadata))
                                    .toList(),
                            command.now())
                    .map(appended -> new Loaded(after, appended.streamVersion()));
        });
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
