package id.go.prakerja.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Maps the records of one sealed event interface to their versioned type names and JSON, and back, upcasting
 * payloads stored under older versions.
 */
public final class EventTypeRegistry<E> {

    private final ObjectMapper mapper;
    private final Map<String, Class<? extends E>> classesByType = new HashMap<>();
    private final Map<Class<?>, String> typesByClass = new HashMap<>();
    private final Map<String, Upcaster> upcastersByFromType = new HashMap<>();

    private EventTypeRegistry(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A registry of every record permitted by {@code sealedEvents}, each annotated with {@link EventType}. */
    @SuppressWarnings("unchecked")
    public static <E> EventTypeRegistry<E> of(Class<E> sealedEvents, ObjectMapper mapper, List<Upcaster> upcasters) {
        if (!sealedEvents.isSealed()) {
            throw new IllegalArgumentException(sealedEvents + " must be a sealed interface of event records");
        }
        var registry = new EventTypeRegistry<E>(mapper);
        for (var permitted : sealedEvents.getPermittedSubclasses()) {
            var annotation = permitted.getAnnotation(EventType.class);
            if (annotation == null || !permitted.isRecord()) {
                throw new IllegalArgumentException(permitted + " must be a record annotated with @EventType");
            }
            var previous = registry.classesByType.put(annotation.value(), (Class<? extends E>) permitted);
            if (previous != null) {
                throw new IllegalArgumentException("Type " + annotation.value() + " is used twice");
            }
            registry.typesByClass.put(permitted, annotation.value());
        }
        for (var upcaster : upcasters) {
            registry.upcastersByFromType.put(upcaster.fromType(), upcaster);
        }
        return registry;
    }

    @SuppressWarnings("unchecked")
    public String typeOf(E event) {
        return typeName((Class<? extends E>) event.getClass());
    }

    /** The stored type name of an event record class. */
    public String typeName(Class<? extends E> eventClass) {
        var type = typesByClass.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("Unregistered event class " + eventClass);
        }
        return type;
    }

    public NewEvent toNewEvent(E event, EventMetadata metadata) {
        return new NewEvent(UUID.randomUUID(), typeOf(event), toPayload(event), metadata);
    }

    /** The event's JSON as it is stored. */
    public String toPayload(E event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + typeOf(event) + " cannot be written as JSON", e);
        }
    }

    /** Every stored type this registry can read, directly or through upcasting. */
    public Set<String> storedTypes() {
        var types = new HashSet<>(classesByType.keySet());
        types.addAll(upcastersByFromType.keySet());
        return Set.copyOf(types);
    }

    /** Folds a stream's events into its state, oldest first. */
    public <S> S fold(List<RecordedEvent> events, S initial, BiFunction<S, E, S> evolve) {
        var state = initial;
        for (var event : events) {
            state = evolve.apply(state, fromRecorded(event));
        }
        return state;
    }

    public E fromRecorded(RecordedEvent recorded) {
        return fromStored(recorded.type(), recorded.payload());
    }

    /**
     * Reads a payload of the current version straight into its record: through a {@link JsonObject} first, decoding
     * was most of a rebuild's allocation and a quarter of its CPU (BENCHMARKS.md). Only older versions take that way,
     * since upcasters work on the JSON tree.
     */
    public E fromStored(String storedType, String storedPayload) {
        var current = classesByType.get(storedType);
        if (current != null) {
            return read(storedType, storedPayload, current);
        }
        var type = storedType;
        var payload = new JsonObject(storedPayload);
        while (!classesByType.containsKey(type)) {
            var upcaster = upcastersByFromType.get(type);
            if (upcaster == null) {
                throw new IllegalArgumentException("Unknown event type " + storedType);
            }
            payload = upcaster.transform().apply(payload);
            type = upcaster.toType();
        }
        return mapper.convertValue(payload.getMap(), classesByType.get(type));
    }

    private E read(String type, String payload, Class<? extends E> eventClass) {
        try {
            return mapper.readValue(payload, eventClass);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Stored payload of " + type + " does not match its record", e);
        }
    }
}
