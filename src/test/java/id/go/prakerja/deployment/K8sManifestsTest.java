package id.go.prakerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps k8s/ applicable: every file parses, every object names itself, and it matches the service's config. */
class K8sManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static List<JsonNode> objects;

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(K8S)) {
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).readAll().stream()
                            .filter(node -> !node.isMissingNode() && !node.isNull())
                            .forEach(objects::add);
                }
            }
        }
    }

    @Test
    void everyObjectHasApiVersionKindAndName() {
        assertThat(objects).isNotEmpty().allSatisfy(object -> {
            assertThat(object.path("apiVersion").asText()).as("apiVersion").isNotBlank();
            assertThat(object.path("kind").asText()).as("kind").isNotBlank();
            if (!object.path("kind").asText().equals("Kustomization")) {
                assertThat(object.path("metadata").path("name").asText())
                        .as("metadata.name of %s", object.path("kind"))
                        .isNotBlank();
            }
        });
    }

    @Test
    void kustomizationListsEveryManifestAndOnlyExistingOnes() throws IOException {
        var kustomization = one("Kustomization");
        var listed = new ArrayList<String>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            var manifests = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void deploymentRunsTwoReplicasWithProbesAndRequests() {
        var deployment = one("Deployment");
        assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        var container = deployment
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/ready");
        assertThat(container.path("resources").path("requests").path("cpu").asText())
                .isNotBlank();
        assertThat(container.path("resources").path("requests").path("memory").asText())
                .isNotBlank();
        var selector = deployment.path("spec").path("selector").path("matchLabels");
        assertThat(one("Service").path("spec").path("selector")).isEqualTo(selector);
        assertThat(one("HorizontalPodAutoscaler")
                        .path("spec")
                        .path("minReplicas")
                        .asInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void kafkaRunsInKraftModeWithATopicForEveryTopicTheServiceUses() throws IOException {
        assertThat(one("KafkaNodePool").path("spec").path("roles"))
                .extracting(JsonNode::asText)
                .contains("controller", "broker");
        var declared = objects.stream()
                .filter(object -> object.path("kind").asText().equals("KafkaTopic"))
                .map(topic -> topic.path("spec").path("topicName").asText())
                .toList();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(serviceTopics());
    }

    @Test
    void onlyTheDeclaredTopicsExistAndTheyHaveThePartitionCountTheServiceExpects() {
        assertThat(one("Kafka")
                        .path("spec")
                        .path("kafka")
                        .path("config")
                        .path("auto.create.topics.enable")
                        .asBoolean(true))
                .isFalse();
        var expected =
                one("ConfigMap").path("data").path("PRAKERJA_KAFKA_PARTITIONS").asInt();
        assertThat(objects.stream()
                        .filter(object -> object.path("kind").asText().equals("KafkaTopic"))
                        .map(topic -> topic.path("spec").path("partitions").asInt()))
                .containsOnly(expected);
    }

    @Test
    void postgresIsACloudNativePgClusterTheServiceConnectsTo() {
        var cluster = one("Cluster");
        assertThat(cluster.path("apiVersion").asText()).startsWith("postgresql.cnpg.io/");
        var config = one("ConfigMap").path("data");
        assertThat(config.path("QUARKUS_DATASOURCE_REACTIVE_URL").asText())
                .contains(cluster.path("metadata").path("name").asText() + "-rw");
    }

    private static JsonNode one(String kind) {
        var matching = objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .toList();
        assertThat(matching).as("objects of kind %s", kind).hasSize(1);
        return matching.get(0);
    }

    private static List<String> serviceTopics() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return Arrays.stream(properties.getProperty("prakerja.kafka.topics").split(","))
                .map(String::trim)
                .toList();
    }
}
