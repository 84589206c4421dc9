package id.go.prakerja.eventstore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name an event record is stored under, with its schema version, e.g. {@code order-placed.v1}. The stored name
 * never changes when the class is renamed or moved; a new schema gets a new version and an {@link Upcaster}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
