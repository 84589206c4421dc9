package id.go.prakerja.testing;

import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Plays the bank / e-wallet partner over the real topics: reads disbursement requests, answers them. */
public final class DisbursementPartnerDouble {

    public static final String REQUESTS = "prakerja.disbursement-requests.v1";
    public static final String RESULTS = "prakerja.disbursement-results.v1";

    /** Every request on the topic for the participant so far, once there are at least {@code count}. */
    public List<JsonObject> awaitRequests(UUID participantId, int count) {
        try (var consumer = KafkaTestClients.consumerFromStart(REQUESTS)) {
            var found = new ArrayList<JsonObject>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    var request = new JsonObject(record.value());
                    if (participantId.toString().equals(request.getString("participantId"))) {
                        found.add(request);
                    }
                }
                return found.size() >= count;
            });
            return found;
        }
    }

    public void paid(String disbursementId) {
        paid(disbursementId, "TRX-" + UUID.randomUUID());
    }

    public void paid(String disbursementId, String reference) {
        send(new JsonObject()
                .put("disbursementId", disbursementId)
                .put("status", "PAID")
                .put("reference", reference)
                .put("paidAt", Instant.now().toString()));
    }

    public void failed(String disbursementId, String reason) {
        send(new JsonObject()
                .put("disbursementId", disbursementId)
                .put("status", "FAILED")
                .put("reason", reason));
    }

    /** The partner takes back the payment it made under {@code reference}. */
    public void reversed(String disbursementId, String reference, String reason) {
        send(new JsonObject()
                .put("disbursementId", disbursementId)
                .put("status", "REVERSED")
                .put("reference", reference)
                .put("reason", reason));
    }

    private void send(JsonObject result) {
        try (var producer = KafkaTestClients.producer()) {
            producer.send(new ProducerRecord<>(RESULTS, result.getString("disbursementId"), result.encode()));
            producer.flush();
        }
    }
}
