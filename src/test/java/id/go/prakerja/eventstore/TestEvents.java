package id.go.prakerja.eventstore;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Unique events for tests that share one database and one broker. */
public final class TestEvents {

    private TestEvents() {}

    public static NewEvent event(String type, Object value) {
        return new NewEvent(
                UUID.randomUUID(),
                type,
                new JsonObject().put("value", value).encode(),
                EventMetadata.of(UUID.randomUUID().toString(), null, "test"));
    }

    public static List<NewEvent> events(int count, String type) {
        return IntStream.range(0, count).mapToObj(i -> event(type, i)).toList();
    }

    public static String stream(String category) {
        return StreamIds.of(category, UUID.randomUUID());
    }
}
