package id.go.prakerja.eventstore.relay;

import id.go.prakerja.eventstore.EventTypeRegistry;
import id.go.prakerja.eventstore.RecordedEvent;
import id.go.prakerja.eventstore.StreamIds;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The {@link Publication} of a category whose events are the records of one sealed interface: each domain record
 * that downstream systems need is mapped, with the stream's id, to a record of the integration contract. Secrets
 * never go into one; personal data only where a consumer needs it.
 *
 * @param <E> the category's sealed event interface
 */
public final class PublishedEvents<E> implements Publication {

    private final String category;
    private final EventTypeRegistry<E> types;
    private final Map<Class<?>, Mapping<E>> mappings = new LinkedHashMap<>();

    private PublishedEvents(String category, EventTypeRegistry<E> types) {
        this.category = category;
        this.types = types;
    }

    public static <E> PublishedEvents<E> of(String category, EventTypeRegistry<E> types) {
        return new PublishedEvents<>(category, types);
    }

    /**
     * Publishes each {@code domain} event as {@code map}'s record under the CloudEvents type {@code type}; when
     * {@code map} answers null (the personal data it needs was erased), that event is not published.
     */
    public <D extends E, R extends Record> PublishedEvents<E> publish(
            Class<D> domain, String type, Class<R> message, BiFunction<D, UUID, R> map) {
        @SuppressWarnings("unchecked")
        BiFunction<E, UUID, Record> anyEvent = (event, id) -> map.apply((D) event, id);
        if (mappings.put(domain, new Mapping<>(type, message, anyEvent)) != null) {
            throw new IllegalArgumentException(domain + " is published twice");
        }
        return this;
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public Optional<IntegrationEvent> toIntegrationEvent(RecordedEvent event) {
        var domain = types.fromRecorded(event);
        var mapping = mappings.get(domain.getClass());
        if (mapping == null) {
            return Optional.empty();
        }
        var streamEntity = UUID.fromString(StreamIds.id(event.streamId()));
        return Optional.ofNullable(mapping.map().apply(domain, streamEntity))
                .map(data -> new IntegrationEvent(mapping.type(), data));
    }

    @Override
    public Set<String> storedTypes() {
        var stored = new HashSet<String>();
        for (var type : types.storedTypes()) {
            if (mappings.containsKey(types.currentClassOf(type))) {
                stored.add(type);
            }
        }
        return Set.copyOf(stored);
    }

    @Override
    public Map<String, Class<? extends Record>> messages() {
        var messages = new LinkedHashMap<String, Class<? extends Record>>();
        mappings.values().forEach(mapping -> messages.put(mapping.type(), mapping.message()));
        return messages;
    }

    @Override
    public Set<String> unpublishedTypes() {
        var unpublished = new TreeSet<>(types.storedTypes());
        unpublished.removeAll(storedTypes());
        return unpublished;
    }

    private record Mapping<E>(String type, Class<? extends Record> message, BiFunction<E, UUID, Record> map) {}
}
