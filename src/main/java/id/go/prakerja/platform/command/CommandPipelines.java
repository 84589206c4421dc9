package id.go.prakerja.platform.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.prakerja.eventstore.EventStore;
import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.WrongExpectedVersion;
import id.go.prakerja.eventstore.personal.DataKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/** Makes the command pipeline of each kind of stream, and runs the transactions their commands take. */
@ApplicationScoped
public class CommandPipelines {

    private final EventStore eventStore;
    private final DataKeys dataKeys;
    private final Pool pool;
    private final ObjectMapper mapper;
    private final CommandConfig.ConflictRetry retry;

    public CommandPipelines(
            EventStore eventStore, DataKeys dataKeys, Pool pool, ObjectMapper mapper, CommandConfig config) {
        this.eventStore = eventStore;
        this.dataKeys = dataKeys;
        this.pool = pool;
        this.mapper = mapper;
        this.retry = config.conflictRetry();
    }

    /** A pipeline for streams {@code <category>-<id>} whose events are the records of {@code sealedEvents}. */
    public <C extends Command, E, S> CommandPipeline<C, E, S> create(
            String category, Class<E> sealedEvents, Decider<C, E, S> decider) {
        return create(category, sealedEvents, decider, Alongside.nothing(), 0);
    }

    /**
     * As {@link #create(String, Class, Decider)}, with writes that every append of this kind calls for, and the last
     * {@code cachedStates} committed states kept so that a load reads only what came after them (0: none kept).
     */
    public <C extends Command, E, S> CommandPipeline<C, E, S> create(
            String category,
            Class<E> sealedEvents,
            Decider<C, E, S> decider,
            Alongside<E, S> everyAppend,
            long cachedStates) {
        var types = EventTypeRegistry.of(sealedEvents, mapper, List.of());
        return new CommandPipeline<>(
                category,
                decider,
                types,
                eventStore,
                dataKeys,
                everyAppend,
                cachedStates > 0
                        ? Caffeine.newBuilder().maximumSize(cachedStates).build()
                        : null,
                (id, state) -> id);
    }

    /**
     * Runs {@code work} in a transaction, again from the start when another writer got to a stream first: the
     * decision is simply taken again on what is there now.
     */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return Uni.createFrom()
                .deferred(() -> pool.withTransaction(work))
                .onFailure(WrongExpectedVersion.class)
                .retry()
                .withBackOff(retry.firstBackoff(), retry.maxBackoff())
                .withJitter(retry.jitter())
                .atMost(retry.attempts());
    }
}
