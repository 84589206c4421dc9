package id.go.prakerja.eventstore.subscription;

/**
 * What a {@link LogConsumer} writes to is away (Kafka, a partner): its events are not at fault and are never parked
 * for it; the batch is tried again until it goes through.
 */
public class DeliveryUnavailable extends RuntimeException {

    public DeliveryUnavailable(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
