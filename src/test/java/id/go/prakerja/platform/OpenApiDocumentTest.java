package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.platform.problem.Problem;
import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonPath document;

    @BeforeEach
    void fetchDocument() {
        document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyOperationHasASummaryAResponseAndADescribedTag() {
        List<Map<String, Object>> declared = document.getList("tags");
        var described = declared.stream()
                .filter(tag -> tag.get("description") instanceof String description && !description.isBlank())
                .map(tag -> tag.get("name"))
                .toList();
        var undocumented = new ArrayList<String>();
        forEachOperation((name, operation) -> {
            if (!(operation.get("summary") instanceof String summary) || summary.isBlank()) {
                undocumented.add(name + " has no summary");
            }
            if (!(operation.get("responses") instanceof Map<?, ?> responses) || responses.isEmpty()) {
                undocumented.add(name + " has no response");
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                undocumented.add(name + " has no tag");
            } else if (!described.containsAll(tags)) {
                undocumented.add(name + " has a tag without a description: " + tags);
            }
        });
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyErrorResponseIsAProblem() {
        var notProblems = new ArrayList<String>();
        forEachOperation((name, operation) -> {
            if (operation.get("responses") instanceof Map<?, ?> responses) {
                responses.forEach((status, response) -> {
                    if (!status.toString().startsWith("2") && !isProblem(response) && !isPage(responses, response)) {
                        notProblems.add(name + " " + status);
                    }
                });
            }
        });
        assertThat(notProblems).isEmpty();
        assertThat(document.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status");
    }

    /** A page for people (its 200 is HTML) answers its errors as pages. */
    private static boolean isPage(Map<?, ?> responses, Object response) {
        return html(responses.get("200")) && html(response);
    }

    private static boolean html(Object response) {
        return response instanceof Map<?, ?> fields
                && fields.get("content") instanceof Map<?, ?> content
                && content.containsKey("text/html");
    }

    private static boolean isProblem(Object response) {
        return response instanceof Map<?, ?> fields
                && fields.get("content") instanceof Map<?, ?> content
                && content.containsKey(Problem.MEDIA_TYPE);
    }

    private void forEachOperation(BiConsumer<String, Map<?, ?>> check) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method) && operation instanceof Map<?, ?> fields) {
                check.accept(method.toUpperCase(Locale.ROOT) + " " + path, fields);
            }
        }));
    }
}
