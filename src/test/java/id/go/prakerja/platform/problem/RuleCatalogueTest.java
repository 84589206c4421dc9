package id.go.prakerja.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.platform.decision.Rule;
import id.go.prakerja.platform.decision.Violation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCatalogueTest {

    private static final String PREFIX = "rule.";

    @ParameterizedTest
    @ValueSource(strings = {"problems_id.properties", "problems_en.properties"})
    void everyRuleHasAMessage(String bundle) throws IOException {
        var messages = load(bundle);

        assertThat(Rule.values())
                .allSatisfy(rule -> assertThat(messages.getProperty(PREFIX + rule.name()))
                        .as("%s in %s", rule, bundle)
                        .isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"problems_id.properties", "problems_en.properties"})
    void everyRuleMessageBelongsToARule(String bundle) throws IOException {
        var codes = Arrays.stream(Rule.values()).map(Rule::name).collect(Collectors.toSet());

        var orphans = load(bundle).stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX))
                .map(key -> key.substring(PREFIX.length()))
                .filter(code -> !codes.contains(code))
                .toList();

        assertThat(orphans).as("rule messages in %s without a rule", bundle).isEmpty();
    }

    @Test
    void eachRuleAloneAnswersWithTheStatusOfItsKind() {
        var notFound = Set.of(
                Rule.PARTICIPANT_NOT_FOUND,
                Rule.BATCH_NOT_FOUND,
                Rule.TRAINING_NOT_FOUND,
                Rule.PURCHASE_NOT_FOUND,
                Rule.OPERATOR_NOT_FOUND,
                Rule.GRIEVANCE_NOT_FOUND,
                Rule.INSTALLMENT_NOT_FOUND);
        var conflicts = Set.of(
                Rule.EMAIL_TAKEN,
                Rule.PARTICIPANT_EXISTS,
                Rule.BATCH_EXISTS,
                Rule.TRAINING_EXISTS,
                Rule.OPERATOR_EXISTS,
                Rule.OPERATOR_EMAIL_TAKEN,
                Rule.GRIEVANCE_EXISTS,
                Rule.STATEMENT_ALREADY_IMPORTED);

        assertThat(Rule.values())
                .allSatisfy(rule -> assertThat(ProblemMappers.status(List.of(Violation.of(rule))))
                        .as(rule.name())
                        .isEqualTo(notFound.contains(rule) ? 404 : conflicts.contains(rule) ? 409 : 422));
    }

    @Test
    void aMissingResourceOutranksAConflictWhichOutranksABrokenRule() {
        var notFound = Violation.of(Rule.TRAINING_NOT_FOUND);
        var conflict = Violation.of(Rule.BATCH_EXISTS);
        var unprocessable = Violation.of(Rule.PLATFORM_UNKNOWN, "X");

        assertThat(ProblemMappers.status(List.of(unprocessable, conflict, notFound)))
                .isEqualTo(404);
        assertThat(ProblemMappers.status(List.of(conflict, notFound))).isEqualTo(404);
        assertThat(ProblemMappers.status(List.of(unprocessable, notFound))).isEqualTo(404);
        assertThat(ProblemMappers.status(List.of(unprocessable, conflict))).isEqualTo(409);
        assertThat(ProblemMappers.status(List.of(conflict, unprocessable))).isEqualTo(409);
        assertThat(ProblemMappers.status(List.of(unprocessable, Violation.of(Rule.MODULES_REQUIRED))))
                .isEqualTo(422);
    }

    private static Properties load(String bundle) throws IOException {
        var stream = RuleCatalogueTest.class.getClassLoader().getResourceAsStream(bundle);
        assertThat(stream).as(bundle).isNotNull();
        var properties = new Properties();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
