package id.go.prakerja.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypeRegistryTest {

    sealed interface ParcelEvent {}

    @EventType("parcel-sent.v2")
    record ParcelSent(String parcelId, String recipient, long weightGrams) implements ParcelEvent {}

    @EventType("parcel-delivered.v1")
    record ParcelDelivered(String parcelId) implements ParcelEvent {}

    private final EventTypeRegistry<ParcelEvent> registry = EventTypeRegistry.of(
            ParcelEvent.class, new ObjectMapper(), List.of(new Upcaster("parcel-sent.v1", "parcel-sent.v2", v1 -> {
                var recipient = v1.remove("to");
                return v1.put("recipient", recipient).put("weightGrams", 0L);
            })));

    @Test
    void storesUnderTheVersionedNameNotTheClassName() {
        var event = new ParcelSent("p-1", "Siti", 1200);
        assertThat(registry.typeOf(event)).isEqualTo("parcel-sent.v2");
        var stored = registry.toPayload(event, null);
        assertThat(registry.fromStored("parcel-sent.v2", stored)).isEqualTo(event);
    }

    @Test
    void upcastsAnOlderVersionOnRead() {
        var v1 = new JsonObject().put("parcelId", "p-2").put("to", "Budi");
        assertThat(registry.storedTypes()).contains("parcel-sent.v1", "parcel-sent.v2", "parcel-delivered.v1");
        assertThat(registry.fromStored("parcel-sent.v1", v1.encode())).isEqualTo(new ParcelSent("p-2", "Budi", 0));
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> registry.fromStored("parcel-lost.v1", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parcel-lost.v1");
    }
}
