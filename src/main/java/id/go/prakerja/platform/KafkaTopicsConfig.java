package id.go.prakerja.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The Kafka topics this service owns or reads, created at start-up when missing. */
@ConfigMapping(prefix = "prakerja.kafka")
public interface KafkaTopicsConfig {

    /** Names of every topic the service produces to or consumes from. */
    List<String> topics();

    /** Partitions of a topic created here; more partitions let more consumers share a topic keyed by stream. */
    @WithDefault("6")
    int partitions();

    /** Replication factor of a topic created here; 3 in a production cluster, 1 on a single local broker. */
    @WithDefault("3")
    short replicationFactor();

    /** How long one attempt to reach the broker for provisioning may take before it is retried. */
    @WithDefault("10s")
    Duration provisioningTimeout();
}
