package id.go.prakerja.local;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Partners to develop against, for the local run only (they live beside the embedded servers, never in the service's
 * artifact): a population registry that verifies every identity unless the NIK matches a pattern, a training platform
 * that reports every module and the exam of each purchase after a delay, and a bank that pays every installment unless
 * the account number matches a pattern. Like real partners they talk to the service over Kafka alone.
 */
public final class SandboxPartners implements AutoCloseable {

    /** What the sandbox partners do. */
    public record Rules(Pattern rejectedNik, Pattern failingAccount, Duration trainingDelay) {

        /** From {@code local.sandbox.*} system properties, with defaults that accept almost everyone. */
        public static Rules fromSystemProperties() {
            return new Rules(
                    Pattern.compile(System.getProperty("local.sandbox.reject-nik", "\\d{12}0000")),
                    Pattern.compile(System.getProperty("local.sandbox.fail-account", "0000\\d*")),
                    Duration.ofSeconds(Long.getLong("local.sandbox.training-delay-seconds", 5)));
        }
    }

    private static final Logger LOG = Logger.getLogger(SandboxPartners.class.getName());
    private static final String IDENTITY_REQUESTS = "prakerja.identity-verification-requests.v1";
    private static final String IDENTITY_RESULTS = "prakerja.identity-verification-results.v1";
    private static final String DISBURSEMENT_REQUESTS = "prakerja.disbursement-requests.v1";
    private static final String DISBURSEMENT_RESULTS = "prakerja.disbursement-results.v1";
    private static final String TRAINING_EVENTS = "prakerja.training-events.v1";
    private static final String PARTICIPANT_EVENTS = "prakerja.participant-events.v1";
    private static final String TRAINING_PROGRESS = "prakerja.training-progress.v1";
    private static final String PURCHASED = "prakerja.participant.training-purchased.v1";
    private static final int TRAINING_LOOKUPS = 30;

    private final Rules rules;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Integer> moduleCounts = new ConcurrentHashMap<>();
    private final Thread loop;
    private volatile boolean running = true;

    private SandboxPartners(String bootstrapServers, String group, Rules rules) {
        this.rules = rules;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
        this.loop = new Thread(this::run, "sandbox-partners");
    }

    /** Starts answering; {@code group} keeps their place across restarts of the local run. */
    public static SandboxPartners start(String bootstrapServers, String group, Rules rules) {
        var partners = new SandboxPartners(bootstrapServers, group, rules);
        partners.consumer.subscribe(
                List.of(IDENTITY_REQUESTS, DISBURSEMENT_REQUESTS, TRAINING_EVENTS, PARTICIPANT_EVENTS));
        partners.loop.start();
        LOG.info("Sandbox partners answer over Kafka: registry (rejects NIK " + rules.rejectedNik() + "), training"
                + " platform (reports after " + rules.trainingDelay().toSeconds() + " s), bank (fails accounts "
                + rules.failingAccount() + ")");
        return partners;
    }

    private void run() {
        try {
            while (running) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        handle(record);
                    } catch (RuntimeException e) {
                        LOG.warning("Sandbox partners passed over a record of " + record.topic() + ": " + e);
                    }
                }
                consumer.commitSync();
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up.
        } finally {
            consumer.close(Duration.ofSeconds(1));
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        var value = new JsonObject(record.value());
        switch (record.topic()) {
            case IDENTITY_REQUESTS -> answerIdentity(value);
            case DISBURSEMENT_REQUESTS -> pay(value);
            case TRAINING_EVENTS -> {
                var modules = value.getJsonArray("modules", new JsonArray());
                moduleCounts.put(value.getString("trainingId"), Math.max(1, modules.size()));
            }
            default -> {
                if (PURCHASED.equals(type(record))) {
                    timer.schedule(() -> train(value, 1), rules.trainingDelay().toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void answerIdentity(JsonObject request) {
        boolean rejected =
                rules.rejectedNik().matcher(request.getString("nik", "")).matches();
        send(
                IDENTITY_RESULTS,
                request.getString("participantId"),
                new JsonObject()
                        .put("requestId", request.getString("requestId"))
                        .put("participantId", request.getString("participantId"))
                        .put("nikMatch", !rejected)
                        .put("kkMatch", true)
                        .put("faceMatch", true)
                        .put("reason", rejected ? "NIK_NOT_FOUND" : null));
    }

    private void pay(JsonObject request) {
        var account = request.getJsonObject("account", new JsonObject()).getString("accountNumber", "");
        boolean fails = rules.failingAccount().matcher(account).matches();
        var result = new JsonObject()
                .put("disbursementId", request.getString("disbursementId"))
                .put("status", fails ? "FAILED" : "PAID");
        if (fails) {
            result.put("reason", "ACCOUNT_CLOSED");
        } else {
            // One reference per request: an answer repeated for a redelivered request is the same payment.
            result.put("reference", "SANDBOX-" + request.getString("disbursementId"))
                    .put("paidAt", Instant.now().toString());
        }
        send(DISBURSEMENT_RESULTS, request.getString("disbursementId"), result);
    }

    /** Reports every module and the exam; a training not seen on the catalog's topic yet is looked for again. */
    private void train(JsonObject purchase, int attempt) {
        var modules = moduleCounts.get(purchase.getString("trainingId"));
        if (modules == null && attempt < TRAINING_LOOKUPS) {
            timer.schedule(() -> train(purchase, attempt + 1), 1, TimeUnit.SECONDS);
            return;
        }
        if (modules == null) {
            LOG.warning("Sandbox training platform never saw training " + purchase.getString("trainingId"));
            return;
        }
        for (int module = 1; module <= modules; module++) {
            report(purchase, "MODULE_COMPLETED", "moduleNo", module);
        }
        report(purchase, "EXAM_PASSED", "score", 90);
    }

    /** One progress report; keyed by the participant, so the platform's reports arrive in order. */
    private void report(JsonObject purchase, String kind, String field, int value) {
        send(
                TRAINING_PROGRESS,
                purchase.getString("participantId"),
                new JsonObject()
                        .put("eventId", UUID.randomUUID().toString())
                        .put("platform", purchase.getString("platformCode"))
                        .put("purchaseId", purchase.getString("purchaseId"))
                        .put("participantId", purchase.getString("participantId"))
                        .put("kind", kind)
                        .put(field, value)
                        .put("occurredAt", Instant.now().toString()));
    }

    private void send(String topic, String key, JsonObject value) {
        producer.send(new ProducerRecord<>(topic, key, value.encode()));
    }

    private static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            loop.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        producer.close(Duration.ofSeconds(1));
    }
}
