package id.go.prakerja.platform;

import id.go.prakerja.eventstore.subscription.OutboundReadiness;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

/**
 * Creates the service's topics when they are missing. It runs in the background and retries until the broker
 * answers, because the service must start and serve queries while Kafka is away; the log's consumers publish only
 * once it is done, so that no producer's first request lets the broker create a topic with its own defaults.
 *
 * <p>A topic that already exists with another partition count is reported, not changed: adding partitions moves
 * participants' keys to other partitions, which breaks the order of their events for consumers, so that is an
 * operator's decision.
 */
@ApplicationScoped
public class KafkaTopicProvisioner implements OutboundReadiness {

    private static final Logger LOG = Logger.getLogger(KafkaTopicProvisioner.class);

    private final KafkaTopicsConfig config;
    private final Map<String, Object> kafkaConfig;
    private volatile boolean provisioned;
    private volatile String problem = "not provisioned yet";
    private volatile Cancellable provisioning;

    @Inject
    public KafkaTopicProvisioner(
            KafkaTopicsConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    /** What one provisioning did: the topics it created, and existing topics whose partition count differs. */
    record Provisioned(Set<String> created, Map<String, Integer> otherPartitionCounts) {}

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Provisions in the background, again after each failure, until it is done. */
    void start() {
        provisioning = Uni.createFrom()
                .item(this::provision)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure()
                .invoke(this::failed)
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .subscribe()
                .with(result -> {
                    result.otherPartitionCounts()
                            .forEach((topic, partitions) -> LOG.warnf(
                                    "Kafka topic %s has %d partitions where this service creates %d; left as it is",
                                    topic, partitions, config.partitions()));
                    provisioned = true;
                    problem = null;
                    LOG.infof("Kafka topics ready; created %s", result.created());
                });
    }

    void stop() {
        var running = provisioning;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    public boolean ready() {
        return provisioned;
    }

    /** Why the topics are not there yet; null once they are. */
    public String problem() {
        return problem;
    }

    /**
     * A cluster that cannot give the replication factor asked for will not give it on the next attempt either: that
     * is an operator's error, said once at ERROR; it is still retried, for a cluster that is growing.
     */
    private void failed(Throwable failure) {
        var invalid = causeOf(failure, InvalidReplicationFactorException.class);
        var reason = invalid != null
                ? "The cluster cannot create topics with replication factor " + config.replicationFactor() + " ("
                        + invalid.getMessage() + "); set prakerja.kafka.replication-factor to what it has"
                : "Kafka did not take the topics yet: " + failure.getMessage();
        var repeated = reason.equals(problem);
        problem = reason;
        if (invalid != null && !repeated) {
            LOG.error(reason);
        } else if (invalid == null) {
            LOG.warnf("%s; retrying", reason);
        }
    }

    private static Throwable causeOf(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    Provisioned provision() {
        var adminConfig = new HashMap<String, Object>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        kafkaConfig.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                adminConfig.put(key, value);
            }
        });
        long timeoutMillis = config.provisioningTimeout().toMillis();
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        try (var admin = Admin.create(adminConfig)) {
            var existing = admin.listTopics().names().get(timeoutMillis, TimeUnit.MILLISECONDS);
            var missing = config.topics().stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, config.partitions(), config.replicationFactor()))
                    .toList();
            var created = new TreeSet<String>();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(timeoutMillis, TimeUnit.MILLISECONDS);
                    created.add(result.getKey());
                } catch (ExecutionException e) {
                    // Another replica starting at the same moment may have created it first.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            // The topics just created have the configured partitions; describing them would only wait for the
            // broker's metadata to catch up.
            var found = new TreeSet<>(config.topics());
            found.removeAll(created);
            return new Provisioned(created, otherPartitionCounts(admin, found, timeoutMillis));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning Kafka topics", e);
        }
    }

    private Map<String, Integer> otherPartitionCounts(Admin admin, Set<String> topics, long timeoutMillis) {
        var others = new TreeMap<String, Integer>();
        if (topics.isEmpty()) {
            return others;
        }
        // A topic another replica or an operator created a moment ago is listed, or refused as existing, before the
        // broker that answers the description knows it; the description is asked again until it does.
        Uni.createFrom()
                .completionStage(
                        () -> admin.describeTopics(topics).allTopicNames().toCompletionStage())
                .onFailure(UnknownTopicOrPartitionException.class)
                .retry()
                .withBackOff(Duration.ofMillis(50), Duration.ofSeconds(1))
                .expireIn(timeoutMillis)
                .await()
                .atMost(Duration.ofMillis(timeoutMillis))
                .forEach((topic, description) -> {
                    if (description.partitions().size() != config.partitions()) {
                        others.put(topic, description.partitions().size());
                    }
                });
        return others;
    }
}
