package id.go.prakerja.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, sent what a careless or hostile client sends ({@link FuzzCases}): not one
 * answer may be a 5xx, and every 4xx must be problem+json saying what was wrong.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ApiFuzzTest {

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noOperationAnswersBadInputWithA5xxAndEvery4xxIsAProblemThatSaysWhatWasWrong() throws Exception {
        var document = new JsonObject(given().get("/q/openapi?format=json").asString());
        var participant = new Participants(pool).registeredAndVerified();
        var participantToken = SignedIn.participantToken(participant);
        var adminToken = SignedIn.adminToken();
        var cases = FuzzCases.of(document, participant);
        var pages = FuzzCases.pagePrefixes(document);
        var findings = new ArrayList<String>();
        var statuses = new java.util.TreeMap<Integer, Integer>();

        for (var fuzz : cases) {
            var token = fuzz.path().startsWith("/api/v1/participants/" + participant) ? participantToken : adminToken;
            var answer = send(fuzz, token);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            var page = pages.stream().anyMatch(fuzz.path()::startsWith);
            var finding = judge(answer, page);
            if (finding != null) {
                findings.add(fuzz.method() + " " + abbreviated(fuzz.path()) + " [" + fuzz.what() + "]: " + finding);
            }
        }

        System.out.printf(
                "API fuzz: %d requests over %d operations, answered %s%n",
                cases.size(), FuzzCases.operations(document), statuses);
        assertThat(findings).isEmpty();
        assertThat(cases).hasSizeGreaterThan(3_000);
    }

    private HttpResponse<String> send(FuzzCases.Case fuzz, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + fuzz.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .header("Accept", fuzz.accept())
                .header("Authorization", "Bearer " + token);
        if (fuzz.body() == null) {
            request.method(fuzz.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", fuzz.contentType())
                    .method(fuzz.method(), HttpRequest.BodyPublishers.ofString(fuzz.body()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What is wrong with an answer, or null; a page for people may answer a 4xx with a page. */
    private static String judge(HttpResponse<String> answer, boolean page) {
        int status = answer.statusCode();
        if (status >= 500) {
            return status + " " + abbreviated(answer.body());
        }
        if (status < 400) {
            return null;
        }
        var type = answer.headers().firstValue("Content-Type").orElse("");
        if (page && type.startsWith("text/html") && !answer.body().isBlank()) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + ", not a problem";
        }
        var problem = new JsonObject(answer.body());
        var detail = problem.getString("detail");
        return detail == null || detail.isBlank() ? status + " without a detail" : null;
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
