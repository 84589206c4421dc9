package id.go.prakerja.bench;

import static id.go.prakerja.bench.Latency.ms;

import id.go.prakerja.local.EmbeddedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The relay's share of an event's way to the other services: how long after its event time each purchase of the
 * command steps was appended to Kafka, read back from the topic once the steps are over.
 */
record RelayLag(EmbeddedKafkaBroker kafka, Report report) {

    private static final String PARTICIPANT_TOPIC = "prakerja.participant-events.v1";

    /** Where the participant topic ends before the command steps, so that the relay lag counts their records only. */
    Map<TopicPartition, Long> endOffsets() {
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig())) {
            var partitions = consumer.partitionsFor(PARTICIPANT_TOPIC).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    void measure(Map<TopicPartition, Long> from, CommandResult commands) {
        var lag = Latency.microseconds();
        var atBest = Latency.microseconds();
        var upToBest = Latency.microseconds();
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long quiet = 0;
            while (quiet < 5) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quiet = records.isEmpty() ? quiet + 1 : 0;
                for (var record : records) {
                    var type = header(record, "ce_type");
                    if ("training-purchased.v1".equals(type)) {
                        var time = Instant.parse(header(record, "ce_time"));
                        long micros = Math.max(0, record.timestamp() - time.toEpochMilli()) * 1000;
                        lag.recordValue(micros);
                        if (commands.bestStepEnd() != null
                                && !time.isBefore(commands.stepsStart())
                                && time.isBefore(commands.bestStepEnd())) {
                            upToBest.recordValue(micros);
                            if (!time.isBefore(commands.bestStepStart())) {
                                atBest.recordValue(micros);
                            }
                        }
                    }
                }
            }
        }
        report.line("## Relay");
        report.line("");
        report.line(String.format(
                "Relay lag (event time → record appended to Kafka, from the record's broker timestamp) of the"
                        + " purchases: p50 %.1f, p99 %.1f ms at the highest sustained rate (%d purchases); p50 %.1f,"
                        + " p99 %.1f ms over every step up to it; p50 %.1f, p99 %.1f ms over all %d of the phase, the"
                        + " unreported warm-up and the step that failed included.",
                ms(atBest, 50),
                ms(atBest, 99),
                atBest.getTotalCount(),
                ms(upToBest, 50),
                ms(upToBest, 99),
                ms(lag, 50),
                ms(lag, 99),
                lag.getTotalCount()));
        report.line("");
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
