package id.go.prakerja.eventstore;

import id.go.prakerja.eventstore.subscription.LogConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test consumer that keeps every delivery, in delivery order, repeats included. */
@ApplicationScoped
public class RecordingConsumer implements LogConsumer {

    private final List<RecordedEvent> delivered = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "test-recorder";
    }

    @Override
    public Uni<Void> consume(List<RecordedEvent> events) {
        delivered.addAll(events);
        return Uni.createFrom().voidItem();
    }

    public List<RecordedEvent> deliveredFor(String streamPrefix) {
        return delivered.stream()
                .filter(e -> e.streamId().startsWith(streamPrefix))
                .toList();
    }
}
