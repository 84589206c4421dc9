package id.go.prakerja.eventstore.subscription;

/**
 * A rebuild met an event it cannot handle: it stops there, says why beside its checkpoint and tries again, instead of
 * parking the event and building a read model with a hole.
 */
class SubscriptionStopped extends RuntimeException {

    SubscriptionStopped(String reason) {
        super(reason);
    }
}
