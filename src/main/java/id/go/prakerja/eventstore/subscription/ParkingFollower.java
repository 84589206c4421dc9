package id.go.prakerja.eventstore.subscription;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Follows what the subscriptions parked, once per poll: counts it for the metric
 * {@code prakerja_subscription_parked_events}, and when anything is parked, hands the operators' requests to the
 * runners here that hold the lease. One query per poll while nothing is parked.
 */
final class ParkingFollower {

    private static final Logger LOG = Logger.getLogger(ParkingFollower.class);

    private final ParkedEvents parked;
    private final Map<String, SubscriptionRunner> runners;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    ParkingFollower(ParkedEvents parked, Map<String, SubscriptionRunner> runners, MeterRegistry meters) {
        this.parked = parked;
        this.runners = runners;
        this.meters = meters;
    }

    void count(String subscription) {
        var count = new AtomicLong();
        counts.put(subscription, count);
        meters.gauge(
                "prakerja.subscription.parked.events",
                List.of(Tag.of("subscription", subscription)),
                count,
                AtomicLong::get);
    }

    void follow() {
        parked.openCounts()
                .chain(open -> {
                    counts.forEach((name, count) -> count.set(open.getOrDefault(name, 0L)));
                    return open.isEmpty() ? Uni.createFrom().item(List.<ParkedEvents.Request>of()) : parked.requested();
                })
                .subscribe()
                .with(
                        this::handOut,
                        failure -> LOG.debugf("Looking for parked events failed: %s", failure.getMessage()));
    }

    private void handOut(List<ParkedEvents.Request> requests) {
        for (var request : requests) {
            var runner = runners.get(request.subscription());
            if (runner != null && runner.holdsLease()) {
                runner.requested(request);
            }
        }
    }
}
