package id.go.prakerja.eventstore.relay;

/**
 * A message for systems outside the service: its CloudEvents type and its data, a record of the published contract.
 * It is never the stored domain record, so that the log's schema can change without breaking a consumer and nothing
 * stored leaves by accident.
 */
public record IntegrationEvent(String type, Record data) {}
