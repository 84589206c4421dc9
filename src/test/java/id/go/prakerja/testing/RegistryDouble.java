package id.go.prakerja.testing;

import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Plays the population registry over the real topics: reads a participant's request, sends the answer. */
public final class RegistryDouble {

    public static final String REQUESTS = "prakerja.identity-verification-requests.v1";
    public static final String RESULTS = "prakerja.identity-verification-results.v1";

    /** Waits for the participant's request on the requests topic and returns it. */
    public JsonObject awaitRequest(UUID participantId) {
        try (var consumer = KafkaTestClients.consumerFromStart(REQUESTS)) {
            var found = new JsonObject[1];
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    var request = new JsonObject(record.value());
                    if (participantId.toString().equals(request.getString("participantId"))) {
                        found[0] = request;
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }

    public void answer(UUID participantId, boolean nikMatch, boolean kkMatch, boolean faceMatch, String reason) {
        var request = awaitRequest(participantId);
        send(
                new JsonObject()
                        .put("requestId", request.getString("requestId"))
                        .put("participantId", participantId.toString())
                        .put("nikMatch", nikMatch)
                        .put("kkMatch", kkMatch)
                        .put("faceMatch", faceMatch)
                        .put("reason", reason)
                        .encode(),
                participantId.toString());
    }

    public void send(String value, String key) {
        try (var producer = KafkaTestClients.producer()) {
            producer.send(new ProducerRecord<>(RESULTS, key, value));
            producer.flush();
        }
    }
}
