package id.go.prakerja.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KafkaTopicProvisionerTest {

    private static final int PARTITIONS = 3;

    @Test
    void createsWhatIsMissingAndReportsAnExistingTopicWithAnotherPartitionCountWithoutChangingIt() throws Exception {
        var prefix = "provisioning-" + UUID.randomUUID();
        var existing = prefix + "-existing";
        var missing = prefix + "-missing";
        try (var admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(existing, 2, (short) 1)))
                    .all()
                    .get();

            var provisioned = provisionerOf(List.of(existing, missing)).provision();

            assertThat(provisioned.created()).isEqualTo(Set.of(missing));
            assertThat(provisioned.otherPartitionCounts()).isEqualTo(Map.of(existing, 2));
            // The broker answering may not know yet of the topic the provisioner created a moment ago.
            var partitions = await().ignoreExceptionsMatching(
                            failure -> failure.getCause() instanceof UnknownTopicOrPartitionException)
                    .until(
                            () -> admin.describeTopics(List.of(existing, missing))
                                    .allTopicNames()
                                    .get(),
                            Objects::nonNull);
            assertThat(partitions.get(existing).partitions()).hasSize(2);
            assertThat(partitions.get(missing).partitions()).hasSize(PARTITIONS);
        }
    }

    /** As on a deployment's first start against a new cluster: every topic is missing. */
    @Test
    void createsEveryMissingTopicInOnePass() {
        var prefix = "provisioning-" + UUID.randomUUID();
        var topics = List.of(prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-d");

        var provisioned = provisionerOf(topics).provision();

        assertThat(provisioned.created()).containsExactlyInAnyOrderElementsOf(topics);
        assertThat(provisioned.otherPartitionCounts()).isEmpty();
    }

    /** One broker cannot hold three replicas: an error to fix, reported by readiness, not a quiet retry while ready. */
    @Test
    void aReplicationFactorTheClusterCannotGiveKeepsTheServiceUnreadyAndSaysWhy() {
        var provisioner = provisionerOf(List.of("provisioning-" + UUID.randomUUID()), (short) 3);
        var health = new KafkaTopicsHealth(provisioner);
        provisioner.start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> String.valueOf(provisioner.problem()).contains("replication factor 3"));
            var response = health.call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow().get("problem").toString())
                    .contains("prakerja.kafka.replication-factor");
            assertThat(provisioner.ready()).isFalse();
        } finally {
            provisioner.stop();
        }
    }

    private static KafkaTopicProvisioner provisionerOf(List<String> topics) {
        return provisionerOf(topics, (short) 1);
    }

    private static KafkaTopicProvisioner provisionerOf(List<String> topics, short replicationFactor) {
        var config = new KafkaTopicsConfig() {
            @Override
            public List<String> topics() {
                return topics;
            }

            @Override
            public int partitions() {
                return PARTITIONS;
            }

            @Override
            public short replicationFactor() {
                return replicationFactor;
            }

            @Override
            public Duration provisioningTimeout() {
                return Duration.ofSeconds(10);
            }
        };
        return new KafkaTopicProvisioner(
                config, Map.of("bootstrap.servers", RealInfrastructure.kafkaBootstrapServers()));
    }
}
