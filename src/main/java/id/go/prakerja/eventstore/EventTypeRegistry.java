package id.go.prakerja.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.go.prakerja.eventstore.personal.PersonalData;
import id.go.prakerja.eventstore.personal.SealedValues;
import id.go.prakerja.eventstore.personal.SubjectKey;
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
 * payloads stored under older versions. Components marked {@link PersonalData} are sealed with the data subject's
 * key on the way in and opened with it on the way out ({@link SealedValues}).
 */
public final class EventTypeRegistry<E> {

    private final ObjectMapper mapper;
    private final Map<String, Class<? extends E>> classesByType = new HashMap<>();
    private final Map<Class<?>, String> typesByClass = new HashMap<>();
    private final Map<String, Upcaster> upcastersByFromType = new HashMap<>();
    private final Set<Class<?>> withPersonalData = new HashSet<>();
    private final Map<Class<?>, ObjectReader> readers = new HashMap<>();

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
            registry.readers.put(permitted, mapper.readerFor(permitted));
            for (var component : permitted.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class)) {
                    registry.withPersonalData.add(permitted);
                }
            }
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

    /** An event without personal data, ready to append. */
    public NewEvent toNewEvent(E event, EventMetadata metadata) {
        return toNewEvent(event, metadata, null);
    }

    /** An event ready to append, its personal data sealed with {@code key}, which it needs only if it has some. */
    public NewEvent toNewEvent(E event, EventMetadata metadata, SubjectKey key) {
        var personal = hasPersonalData(event);
        return new NewEvent(
                UUID.randomUUID(), typeOf(event), toPayload(event, key), metadata, personal ? key.subject() : null);
    }

    /** Whether the event has components marked {@link PersonalData}, and so needs its subject's key to be written. */
    public boolean hasPersonalData(E event) {
        return withPersonalData.contains(event.getClass());
    }

    /** The event's JSON as it is stored, its personal data sealed with {@code key}. */
    public String toPayload(E event, SubjectKey key) {
        try {
            return mapper.writer().withAttribute(SealedValues.KEY, key).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + typeOf(event) + " cannot be written as JSON", e);
        }
    }

    /** The event's JSON with its personal data in clear: only for the data subject's own copy of it. */
    public JsonNode toClearJson(E event) {
        try {
            return mapper.readTree(mapper.writer()
                    .withAttribute(SealedValues.IN_CLEAR, Boolean.TRUE)
                    .writeValueAsString(event));
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

    /** The record that events stored under {@code storedType} are read into, through upcasting if need be. */
    public Class<? extends E> currentClassOf(String storedType) {
        var type = storedType;
        while (!classesByType.containsKey(type)) {
            var upcaster = upcastersByFromType.get(type);
            if (upcaster == null) {
                throw new IllegalArgumentException("Unknown event type " + storedType);
            }
            type = upcaster.toType();
        }
        return classesByType.get(type);
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
        return fromStored(recorded.type(), recorded.payload(), recorded.key());
    }

    /** A payload without personal data, or one read as erased. */
    public E fromStored(String storedType, String storedPayload) {
        return fromStored(storedType, storedPayload, null);
    }

    /**
     * Reads a payload of the current version straight into its record: through a {@link JsonObject} first, decoding
     * was most of a rebuild's allocation and a quarter of its CPU (BENCHMARKS.md). Only older versions take that way,
     * since upcasters work on the JSON tree.
     */
    public E fromStored(String storedType, String storedPayload, SubjectKey key) {
        var current = classesByType.get(storedType);
        if (current != null) {
            return read(storedType, storedPayload, current, key);
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
        return read(storedType, payload.encode(), classesByType.get(type), key);
    }

    private E read(String type, String payload, Class<? extends E> eventClass, SubjectKey key) {
        try {
            var reader = readers.get(eventClass);
            return (key == null ? reader : reader.withAttribute(SealedValues.KEY, key)).readValue(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Stored payload of " + type + " does not match its record", e);
        }
    }
}
