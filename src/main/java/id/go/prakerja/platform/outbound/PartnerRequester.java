package id.go.prakerja.platform.outbound;

import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import id.go.prakerja.eventstore.relay.AcknowledgedSends;
import id.go.prakerja.eventstore.subscription.LogConsumer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A process manager that turns each recorded event of one type into a request to a partner. It follows the log, so
 * a request is sent only once its event is committed, and again after a crash: the partner recognises a resend by
 * the request's id.
 *
 * <p>Subclasses are {@code @Singleton} beans: a normal-scoped bean needs a client proxy, which this constructor-only
 * class cannot have.
 *
 * @param <E> the event that asks for the request
 */
public abstract class PartnerRequester<E> implements LogConsumer {

    private final String name;
    private final MutinyEmitter<String> channel;
    private final URI source;
    private final String category;
    private final EventTypeRegistry<? super E> types;
    private final Class<E> eventClass;
    private final String requestingType;
    private final AcknowledgedSends sends = new AcknowledgedSends();

    protected PartnerRequester(
            String name,
            MutinyEmitter<String> channel,
            URI source,
            String category,
            EventTypeRegistry<? super E> types,
            Class<E> eventClass) {
        this.name = name;
        this.channel = channel;
        this.source = source;
        this.category = category;
        this.types = types;
        this.eventClass = eventClass;
        this.requestingType = types.typeName(eventClass);
    }

    /**
     * The request for {@code event}, recorded in the stream of {@code streamEntityId}; null when the personal data
     * the partner needs was erased before the request left.
     */
    protected abstract PartnerRequests.Request request(E event, String streamEntityId);

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean handles(RecordedEvent event) {
        return event.category().equals(category) && event.type().equals(requestingType);
    }

    @Override
    public Optional<Set<String>> payloadTypes() {
        return Optional.of(Set.of(requestingType));
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        return PartnerRequests.sendAll(
                sends,
                channel,
                source,
                events,
                recorded -> request(eventClass.cast(types.fromRecorded(recorded)), StreamIds.id(recorded.streamId())));
    }
}
