package id.go.prakerja.testing;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Plays a training platform: reports progress on the real progress topic. */
public final class TrainingPlatformDouble {

    public static final String TOPIC = "prakerja.training-progress.v1";
    public static final String DEAD_LETTERS = "prakerja.training-progress.dead-letter.v1";

    private TrainingPlatformDouble() {}

    public static UUID report(String voucherCode, UUID participantId, String kind, Integer moduleNo, Integer score) {
        return report(UUID.randomUUID(), voucherCode, participantId, kind, moduleNo, score);
    }

    /** Sends a report under a given id: sending the same id twice is a redelivery. */
    public static UUID report(
            UUID eventId, String voucherCode, UUID participantId, String kind, Integer moduleNo, Integer score) {
        send(
                eventId,
                new JsonObject()
                        .put("eventId", eventId.toString())
                        .put("platform", "TOKOPEDIA")
                        .put("voucherCode", voucherCode)
                        .put("participantId", participantId.toString())
                        .put("kind", kind)
                        .put("moduleNo", moduleNo)
                        .put("score", score)
                        .put("occurredAt", Instant.now().toString())
                        .encode());
        return eventId;
    }

    public static void send(UUID key, String value) {
        try (var producer = KafkaTestClients.producer()) {
            producer.send(new ProducerRecord<>(TOPIC, key.toString(), value));
            producer.flush();
        }
    }
}
