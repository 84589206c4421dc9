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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps k8s/ applicable: every file parses, every object names itself, and it matches the service's config. */
class K8sManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> objects;

    /** The service's own Kafka user and consumer group. */
    private static final String SERVICE_USER = "prakerja-platform";

    /** What each partner may consume and produce, and nothing else; its consumer group is named after it. */
    private static final Map<String, Partner> PARTNERS = Map.of(
            "population-registry",
                    new Partner(
                            Set.of("prakerja.identity-verification-requests.v1"),
                            Set.of("prakerja.identity-verification-results.v1")),
            "training-platforms", new Partner(Set.of(), Set.of("prakerja.training-progress.v1")),
            "payment-partner",
                    new Partner(
                            Set.of("prakerja.disbursement-requests.v1"), Set.of("prakerja.disbursement-results.v1")),
            "mailer", new Partner(Set.of("prakerja.notifications.v1"), Set.of()),
            "journey-reader",
                    new Partner(
                            Set.of(
                                    "prakerja.participant-events.v1",
                                    "prakerja.batch-events.v1",
                                    "prakerja.training-events.v1"),
                            Set.of()));

    private record Partner(Set<String> reads, Set<String> writes) {}

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
        // The pause before SIGTERM and the service's own bound (3 s) fit in the grace period, with room to spare.
        int pause = container
                .path("lifecycle")
                .path("preStop")
                .path("sleep")
                .path("seconds")
                .asInt();
        assertThat(pause).isPositive();
        assertThat(deployment
                        .path("spec")
                        .path("template")
                        .path("spec")
                        .path("terminationGracePeriodSeconds")
                        .asInt())
                .isGreaterThanOrEqualTo(pause + 3 + 2);
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

    @Test
    void kafkaChecksEveryRequestAgainstAclsAndHasAnAuthenticatedTlsListener() {
        var kafka = one("Kafka");
        var authorization = kafka.path("spec").path("kafka").path("authorization");
        assertThat(authorization.path("type").asText()).isEqualTo("simple");
        var listener = scramListener();
        assertThat(listener.path("tls").asBoolean(false))
                .as("TLS on the SCRAM listener")
                .isTrue();
        assertThat(kafka.path("spec").path("entityOperator").has("userOperator"))
                .as("the user operator, which applies the KafkaUsers")
                .isTrue();
        var cluster = kafka.path("metadata").path("name").asText();
        assertThat(kafkaUsers())
                .isNotEmpty()
                .allSatisfy(user -> assertThat(user.path("metadata")
                                .path("labels")
                                .path("strimzi.io/cluster")
                                .asText())
                        .isEqualTo(cluster));
    }

    @Test
    void everyPartnerReadsAndWritesOnlyItsOwnTopicsInItsOwnConsumerGroup() throws IOException {
        var users = kafkaUsers().stream()
                .map(user -> user.path("metadata").path("name").asText())
                .toList();
        assertThat(users).containsExactlyInAnyOrderElementsOf(concat(PARTNERS.keySet(), Set.of(SERVICE_USER)));
        // The expected sets themselves: a partner reads what the service publishes and writes what it consumes. The
        // relay publishes on topics of its own beside its channel's: every topic the service provisions and does not
        // read.
        var serviceReads = channelTopics("incoming");
        var serviceWrites = new java.util.HashSet<>(channelTopics("outgoing"));
        for (var topic :
                applicationProperties().getProperty("prakerja.kafka.topics").split(",")) {
            if (!serviceReads.contains(topic.trim())) {
                serviceWrites.add(topic.trim());
            }
        }
        PARTNERS.forEach((name, partner) -> {
            assertThat(serviceWrites).as("topics %s reads", name).containsAll(partner.reads());
            assertThat(serviceReads).as("topics %s writes", name).containsAll(partner.writes());

            var user = kafkaUser(name);
            assertThat(user.path("spec").path("authentication").path("type").asText())
                    .isEqualTo("scram-sha-512");
            assertThat(user.path("spec").path("authorization").path("type").asText())
                    .isEqualTo("simple");
            var topics = new TreeMap<String, Set<String>>();
            var groups = new TreeMap<String, Set<String>>();
            user.path("spec").path("authorization").path("acls").forEach(acl -> {
                var resource = acl.path("resource");
                assertThat(resource.path("patternType").asText("literal"))
                        .as("pattern of %s's ACL on %s", name, resource.path("name"))
                        .isEqualTo("literal");
                var operations = operations(acl);
                switch (resource.path("type").asText()) {
                    case "topic" -> topics.merge(resource.path("name").asText(), operations, K8sManifestsTest::concat);
                    case "group" -> groups.merge(resource.path("name").asText(), operations, K8sManifestsTest::concat);
                    default -> throw new AssertionError(name + " has an ACL on a " + resource.path("type"));
                }
            });
            var expectedTopics = new TreeMap<String, Set<String>>();
            for (var topic : partner.reads()) {
                expectedTopics.merge(topic, Set.of("Read", "Describe"), K8sManifestsTest::concat);
            }
            for (var topic : partner.writes()) {
                expectedTopics.merge(topic, Set.of("Write", "Describe"), K8sManifestsTest::concat);
            }
            assertThat(topics).as("%s's topic ACLs", name).isEqualTo(expectedTopics);
            assertThat(groups)
                    .as("%s's consumer group ACLs", name)
                    .isEqualTo(partner.reads().isEmpty() ? Map.of() : Map.of(name, Set.of("Read", "Describe")));
        });
    }

    @Test
    void theServiceUserHasEveryPrakerjaTopicAndTheConsumerGroupOfItsChannels() throws IOException {
        var user = kafkaUser(SERVICE_USER);
        assertThat(user.path("spec").path("authentication").path("type").asText())
                .isEqualTo(scramListener().path("authentication").path("type").asText());
        var acls = new ArrayList<JsonNode>();
        user.path("spec").path("authorization").path("acls").forEach(acls::add);
        var topicAcl = acls.stream()
                .filter(acl -> acl.path("resource").path("type").asText().equals("topic"))
                .toList();
        assertThat(topicAcl).hasSize(1);
        var prefix = topicAcl.get(0).path("resource");
        assertThat(prefix.path("patternType").asText()).isEqualTo("prefix");
        assertThat(serviceTopics())
                .allSatisfy(topic ->
                        assertThat(topic).startsWith(prefix.path("name").asText()));
        // Create: the service creates missing topics at start-up.
        assertThat(operations(topicAcl.get(0))).contains("Describe", "Read", "Write", "Create");

        var groupIds = channelProperties("incoming", "group.id");
        assertThat(groupIds).isNotEmpty();
        var groups = acls.stream()
                .filter(acl -> acl.path("resource").path("type").asText().equals("group"))
                .toList();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).path("resource").path("patternType").asText("literal"))
                .isEqualTo("literal");
        assertThat(groupIds)
                .containsOnly(groups.get(0).path("resource").path("name").asText());
        assertThat(operations(groups.get(0))).contains("Read");
    }

    @Test
    void deploymentConnectsToTheScramListenerAsTheServiceUserTrustingTheClusterCa() {
        var kafka = one("Kafka").path("metadata").path("name").asText();
        assertThat(variable("KAFKA_BOOTSTRAP_SERVERS").asText())
                .isEqualTo(kafka + "-kafka-bootstrap:"
                        + scramListener().path("port").asInt());
        assertThat(variable("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(variable("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        var jaas = variable("KAFKA_SASL_JAAS_CONFIG").path("secretKeyRef");
        assertThat(jaas.path("name").asText()).isEqualTo(SERVICE_USER);
        assertThat(jaas.path("key").asText()).isEqualTo("sasl.jaas.config");
        assertThat(jaas.path("optional").asBoolean(false)).isFalse();
        assertThat(variable("KAFKA_SSL_TRUSTSTORE_TYPE").asText()).isEqualTo("PEM");
        assertThat(secretFile(variable("KAFKA_SSL_TRUSTSTORE_LOCATION").asText()))
                .isEqualTo(kafka + "-cluster-ca-cert/ca.crt");
    }

    @Test
    void deploymentMountsTheJwtKeysReadOnlyWhereTheJwtVariablesPoint() {
        var signing = variable("SMALLRYE_JWT_SIGN_KEY_LOCATION").asText();
        var verification = variable("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText();
        assertThat(signing).isEqualTo("file:/etc/prakerja/jwt/signing-key.jwk");
        assertThat(verification).isEqualTo("file:/etc/prakerja/jwt/verification-keys.jwks");
        assertThat(secretFile(signing.substring("file:".length()))).isEqualTo("prakerja-jwt-keys/signing-key.jwk");
        assertThat(secretFile(verification.substring("file:".length())))
                .isEqualTo("prakerja-jwt-keys/verification-keys.jwks");
        assertThat(mountOf("/etc/prakerja/jwt/signing-key.jwk").path("readOnly").asBoolean(false))
                .isTrue();
    }

    @Test
    void theSigningKeyIsAPrivateRs256KeyWhosePublicHalfIsInTheVerificationSet() throws IOException {
        var data = named("Secret", "prakerja-jwt-keys").path("stringData");
        var signing = JSON.readTree(data.path("signing-key.jwk").asText());
        assertThat(signing.path("kty").asText()).isEqualTo("RSA");
        assertThat(signing.path("alg").asText()).isEqualTo("RS256");
        assertThat(signing.path("kid").asText()).isNotBlank();
        assertThat(signing.has("d")).as("the private exponent").isTrue();
        var keys = JSON.readTree(data.path("verification-keys.jwks").asText()).path("keys");
        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            assertThat(key.path("alg").asText()).isEqualTo("RS256");
            assertThat(key.path("kid").asText()).isNotBlank();
            assertThat(key.has("d") || key.has("p") || key.has("q"))
                    .as("private members in verification key %s", key.path("kid"))
                    .isFalse();
        });
        assertThat(keys)
                .extracting(key -> key.path("kid").asText())
                .contains(signing.path("kid").asText());
    }

    @Test
    void theFirstAdministratorIsOptionalAndTheCorsOriginsComeFromTheConfigMap() {
        for (var name : List.of("PRAKERJA_BOOTSTRAP_ADMIN_EMAIL", "PRAKERJA_BOOTSTRAP_ADMIN_PASSWORD")) {
            var ref = variable(name).path("secretKeyRef");
            assertThat(ref.path("name").asText()).as(name).isEqualTo("prakerja-bootstrap-admin");
            assertThat(ref.path("optional").asBoolean(false)).as(name).isTrue();
        }
        assertThat(one("ConfigMap").path("data").has("PRAKERJA_CORS_ORIGINS")).isTrue();
    }

    private static JsonNode named(String kind, String name) {
        var matching = objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .filter(object -> object.path("metadata").path("name").asText().equals(name))
                .toList();
        assertThat(matching).as("%s %s", kind, name).hasSize(1);
        return matching.get(0);
    }

    private static List<JsonNode> kafkaUsers() {
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals("KafkaUser"))
                .toList();
    }

    private static JsonNode kafkaUser(String name) {
        return named("KafkaUser", name);
    }

    private static JsonNode scramListener() {
        var listeners = new ArrayList<JsonNode>();
        one("Kafka").path("spec").path("kafka").path("listeners").forEach(listener -> {
            if (listener.path("authentication").path("type").asText().equals("scram-sha-512")) {
                listeners.add(listener);
            }
        });
        assertThat(listeners).as("SCRAM-SHA-512 listeners").hasSize(1);
        return listeners.get(0);
    }

    private static Set<String> operations(JsonNode acl) {
        var operations = new TreeSet<String>();
        acl.path("operations").forEach(operation -> operations.add(operation.asText()));
        assertThat(operations)
                .as("operations of the ACL on %s", acl.path("resource"))
                .isNotEmpty();
        return operations;
    }

    private static Set<String> concat(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode container() {
        return one("Deployment")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
    }

    /** A variable of the container: its own (the value, or where it comes from) or else the ConfigMap's it takes whole. */
    private static JsonNode variable(String name) {
        var env = new HashMap<String, JsonNode>();
        one("ConfigMap").path("data").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue()));
        container()
                .path("env")
                .forEach(variable -> env.put(
                        variable.path("name").asText(),
                        variable.has("valueFrom") ? variable.path("valueFrom") : variable.path("value")));
        assertThat(env).as("the container's environment").containsKey(name);
        return env.get(name);
    }

    private static JsonNode mountOf(String file) {
        var mounts = new ArrayList<JsonNode>();
        container().path("volumeMounts").forEach(mount -> {
            if (file.startsWith(mount.path("mountPath").asText() + "/")) {
                mounts.add(mount);
            }
        });
        assertThat(mounts).as("the mount holding %s", file).hasSize(1);
        return mounts.get(0);
    }

    /** The {@code secret/key} a file in the container comes from. */
    private static String secretFile(String file) {
        var mount = mountOf(file);
        var relative = file.substring(mount.path("mountPath").asText().length() + 1);
        var volumes = new ArrayList<JsonNode>();
        var pod = one("Deployment").path("spec").path("template").path("spec");
        pod.path("volumes").forEach(volume -> {
            if (volume.path("name").asText().equals(mount.path("name").asText())) {
                volumes.add(volume);
            }
        });
        assertThat(volumes).as("volume %s", mount.path("name")).hasSize(1);
        var secret = volumes.get(0).path("secret");
        assertThat(secret.path("secretName").asText())
                .as("secret of volume %s", mount.path("name"))
                .isNotBlank();
        var key = relative;
        if (secret.has("items")) {
            var keys = new ArrayList<String>();
            secret.path("items").forEach(item -> {
                if (item.path("path").asText().equals(relative)) {
                    keys.add(item.path("key").asText());
                }
            });
            assertThat(keys).as("the item of %s", file).hasSize(1);
            key = keys.get(0);
        }
        return secret.path("secretName").asText() + "/" + key;
    }

    /** The topics of the {@code incoming} or {@code outgoing} channels in application.properties. */
    private static Set<String> channelTopics(String direction) throws IOException {
        return channelProperties(direction, "topic");
    }

    /** The values of {@code attribute} of every {@code incoming} or {@code outgoing} channel (not of its dead-letter queue). */
    private static Set<String> channelProperties(String direction, String attribute) throws IOException {
        var properties = applicationProperties();
        var prefix = "mp.messaging." + direction + ".";
        var suffix = "." + attribute;
        return properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith(prefix) && name.endsWith(suffix))
                .filter(name -> !name.substring(prefix.length(), name.length() - suffix.length())
                        .contains("."))
                .map(properties::getProperty)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties applicationProperties() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static JsonNode one(String kind) {
        var matching = objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .toList();
        assertThat(matching).as("objects of kind %s", kind).hasSize(1);
        return matching.get(0);
    }

    private static List<String> serviceTopics() throws IOException {
        var topics = applicationProperties().getProperty("prakerja.kafka.topics");
        return Arrays.stream(topics.split(",")).map(String::trim).toList();
    }
}
