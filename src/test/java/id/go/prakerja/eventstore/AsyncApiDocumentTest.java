package id.go.prakerja.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import id.go.prakerja.eventstore.relay.KafkaRelay;
import id.go.prakerja.eventstore.relay.Publication;
import id.go.prakerja.identity.IdentityVerificationRequest;
import id.go.prakerja.identity.IdentityVerificationResult;
import id.go.prakerja.incentive.DisbursementRequest;
import id.go.prakerja.incentive.IncentiveService;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.training.PurchaseService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document of every topic ({@code /asyncapi.json}) is the contract the code keeps: made here from the
 * publications' integration records and the partner messages' records, its JSON Schemas by victools, and compared
 * with the file served. {@code -Dasyncapi.write=true} writes the file anew after a change of the contract.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("src/main/resources/META-INF/resources/asyncapi.json");

    @Inject
    Instance<Publication> publications;

    @Inject
    KafkaRelay relay;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final SchemaGenerator schemas =
            new SchemaGenerator(new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                    .with(Option.ADDITIONAL_FIXED_TYPES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                    .without(Option.SCHEMA_VERSION_INDICATOR)
                    .build());

    @Test
    void theServedDocumentDescribesEveryPublishedAndEveryPartnerMessage() throws Exception {
        var expected = document();
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, json.writeValueAsString(expected) + "\n");
        }
        assertThat(json.readTree(DOCUMENT.toFile()))
                .as(
                        "%s is the contract the code keeps; run this test with -Dasyncapi.write=true after changing it",
                        DOCUMENT)
                .isEqualTo(expected);
    }

    private JsonNode document() {
        var document = json.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.putObject("info")
                .put("title", "prakerja-platform topics")
                .put("version", "1")
                .put(
                        "description",
                        "Every message on the platform's Kafka topics. Each is a binary-mode CloudEvent:"
                                + " ce_id, ce_type (the message's name here), ce_source, ce_subject (the stream) and ce_time"
                                + " are headers, the value is the JSON below, the key the stream's id. A new version of a"
                                + " message is a new type. Personal data travels only on a partner's own topic.");
        document.put("defaultContentType", "application/json");
        var channels = document.putObject("channels");
        var operations = document.putObject("operations");
        var messages = document.putObject("components").putObject("messages");
        publications.stream()
                .sorted(Comparator.comparing(Publication::category))
                .forEach(publication -> channel(
                        channels,
                        operations,
                        messages,
                        publication.category() + "-events",
                        relay.topicOf(publication.category()),
                        "send",
                        "The " + publication.category() + " streams' integration events; stored events never leave"
                                + " as they are, and these do not leave at all: "
                                + String.join(", ", publication.unpublishedTypes()),
                        publication.messages().entrySet().stream()
                                .map(e -> new Message(e.getKey(), e.getValue()))
                                .toList()));
        partner(
                channels,
                operations,
                messages,
                "identity-verification-requests",
                "outgoing",
                "send",
                "To the population registry only (Kafka ACL): the identity to check.",
                new Message("identity-verification-request.v1", IdentityVerificationRequest.class));
        partner(
                channels,
                operations,
                messages,
                "identity-verification-results",
                "incoming",
                "receive",
                "From the population registry: its answer, by request id.",
                new Message("identity-verification-result.v1", IdentityVerificationResult.class));
        partner(
                channels,
                operations,
                messages,
                "disbursement-requests",
                "outgoing",
                "send",
                "To the bank or e-wallet only (Kafka ACL): one installment and the account to pay it into.",
                new Message("disbursement-request.v1", DisbursementRequest.class));
        partner(
                channels,
                operations,
                messages,
                "disbursement-results",
                "incoming",
                "receive",
                "From the bank or e-wallet: whether the installment was paid, by disbursement id.",
                new Message("disbursement-result.v1", IncentiveService.DisbursementResult.class));
        partner(
                channels,
                operations,
                messages,
                "training-progress",
                "incoming",
                "receive",
                "From the training platforms: a participant's progress, by voucher. A training completes when every"
                        + " module (MODULE_COMPLETED with its moduleNo) and the final exam (EXAM_PASSED) are recorded;"
                        + " TRAINING_COMPLETED is kept as the platform's statement and completes nothing by itself.",
                new Message("training-progress.v1", PurchaseService.ProgressReport.class));
        return document;
    }

    private record Message(String type, Class<?> record) {}

    private void partner(
            ObjectNode channels,
            ObjectNode operations,
            ObjectNode messages,
            String channel,
            String direction,
            String action,
            String description,
            Message message) {
        var topic = ConfigProvider.getConfig()
                .getValue("mp.messaging." + direction + "." + channel + ".topic", String.class);
        channel(channels, operations, messages, channel, topic, action, description, List.of(message));
    }

    private void channel(
            ObjectNode channels,
            ObjectNode operations,
            ObjectNode messages,
            String name,
            String topic,
            String action,
            String description,
            List<Message> published) {
        var channel = channels.putObject(name).put("address", topic).put("description", description);
        var channelMessages = channel.putObject("messages");
        var operation = operations.putObject(action + "-" + name).put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + name);
        var operationMessages = operation.putArray("messages");
        for (var message : published) {
            channelMessages.putObject(message.type()).put("$ref", "#/components/messages/" + message.type());
            operationMessages.addObject().put("$ref", "#/channels/" + name + "/messages/" + message.type());
            messages.putObject(message.type())
                    .put("name", message.type())
                    .put("contentType", "application/json")
                    .set("payload", schemas.generateSchema(message.record()));
        }
    }
}
