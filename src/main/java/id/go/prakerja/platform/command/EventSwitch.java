package id.go.prakerja.platform.command;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A switch over the records of a sealed event interface that must name every one of them, either with a handler or
 * as ignored: Java 17's stand-in for an exhaustive {@code switch}. A switch that forgets an event fails when it is
 * built, so an event added to a stream fails every test until each reader of the stream has decided what it means.
 */
public final class EventSwitch<E, A, R> {

    private final Map<Class<?>, BiFunction<A, Object, R>> handlers;
    private final R ignored;

    private EventSwitch(Map<Class<?>, BiFunction<A, Object, R>> handlers, R ignored) {
        this.handlers = Map.copyOf(handlers);
        this.ignored = ignored;
    }

    /** Starts a switch over {@code sealedEvents} whose ignored events answer {@code ignored}. */
    public static <E, A, R> Builder<E, A, R> over(Class<E> sealedEvents, R ignored) {
        if (!sealedEvents.isSealed()) {
            throw new IllegalArgumentException(sealedEvents.getName() + " is not sealed");
        }
        return new Builder<>(sealedEvents, ignored);
    }

    /** What the handler of {@code event}'s type answers, given {@code context}. */
    public R apply(A context, E event) {
        var handler = handlers.get(event.getClass());
        return handler == null ? ignored : handler.apply(context, event);
    }

    public static final class Builder<E, A, R> {

        private final Class<E> sealedEvents;
        private final R ignored;
        private final Map<Class<?>, BiFunction<A, Object, R>> handlers = new HashMap<>();
        private final Map<Class<?>, Boolean> named = new HashMap<>();

        private Builder(Class<E> sealedEvents, R ignored) {
            this.sealedEvents = sealedEvents;
            this.ignored = ignored;
        }

        public <T extends E> Builder<E, A, R> on(Class<T> type, BiFunction<A, T, R> handler) {
            name(type);
            handlers.put(type, (context, event) -> handler.apply(context, type.cast(event)));
            return this;
        }

        /** Events this reader has nothing to do with, named so that the choice is visible. */
        @SafeVarargs
        public final Builder<E, A, R> ignore(Class<? extends E>... types) {
            Arrays.stream(types).forEach(this::name);
            return this;
        }

        public EventSwitch<E, A, R> build() {
            var missing = Arrays.stream(sealedEvents.getPermittedSubclasses())
                    .filter(type -> !named.containsKey(type))
                    .map(Class::getSimpleName)
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(
                        "A switch over " + sealedEvents.getSimpleName() + " does not say what to do with " + missing);
            }
            return new EventSwitch<>(handlers, ignored);
        }

        private void name(Class<?> type) {
            if (named.put(type, Boolean.TRUE) != null) {
                throw new IllegalStateException(type.getSimpleName() + " is named twice");
            }
        }
    }
}
