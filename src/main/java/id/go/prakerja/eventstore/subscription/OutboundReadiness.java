package id.go.prakerja.eventstore.subscription;

/**
 * Whether the systems that {@link LogConsumer}s write to can take writes yet, as the application knows it: their
 * Kafka topics exist, say. A consumer writing earlier could make a broker create a topic on first use, with the
 * broker's defaults instead of the application's. Without such a bean, consumers start at once.
 */
public interface OutboundReadiness {

    boolean ready();
}
