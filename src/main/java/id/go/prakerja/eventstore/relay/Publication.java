package id.go.prakerja.eventstore.relay;

import id.go.prakerja.eventstore.RecordedEvent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one stream category shows the world on Kafka. A category without a publication, and an event type without a
 * mapping in it, are not published at all.
 */
public interface Publication {

    String category();

    /** The integration event for a recorded event of the category, or empty when its type is not published. */
    Optional<IntegrationEvent> toIntegrationEvent(RecordedEvent event);

    /** The stored types whose events are published (older versions included), so the relay reads only those. */
    Set<String> storedTypes();

    /** Every integration type published, with its record: the contract that the AsyncAPI document describes. */
    Map<String, Class<? extends Record>> messages();

    /** The stored types of the category that are not published, by name: for the listing that tests keep honest. */
    Set<String> unpublishedTypes();
}
