package id.go.prakerja.overview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StatusStreamTest {

    @Inject
    Pool pool;

    @TestHTTPResource("/api/v1/participants/")
    URI participants;

    @Test
    void theStreamStartsWithTheCurrentStatusAndPushesEachChange() throws Exception {
        var participantId = new Participants(pool).withCompletedProfile(Participants.eligibleProfile());
        Participants.awaitStatus(participantId, "PROFILE_COMPLETED");
        List<String> statuses = new CopyOnWriteArrayList<>();
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(participants.resolve(participantId + "/status-stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + SignedIn.participantToken(participantId))
                .build();
        var received = CompletableFuture.supplyAsync(() -> {
            try {
                var lines = client.send(request, HttpResponse.BodyHandlers.ofLines())
                        .body();
                return lines.filter(line -> line.startsWith("data:"))
                        .peek(statuses::add)
                        .anyMatch(line -> line.contains("\"FROZEN\""));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        org.awaitility.Awaitility.await().until(() -> !statuses.isEmpty());
        assertThat(statuses.get(0)).contains("PROFILE_COMPLETED");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "pemeriksaan"))
                .post("/api/v1/operator/participants/{id}/freeze", participantId)
                .then()
                .statusCode(200);

        assertThat(received.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anUnknownParticipantIsNotFoundBeforeAnyStreamStarts() {
        given().header("Accept", "text/event-stream")
                .header("Accept-Language", "en")
                .get("/api/v1/participants/{id}/status-stream", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCallerMayHoldOnlyAFewStreamsOpenAtOnce() throws Exception {
        var participantId = new Participants(pool).registeredAndVerified();
        Participants.awaitStatus(participantId, "EMAIL_VERIFIED");
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(participants.resolve(participantId + "/status-stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + SignedIn.participantToken(participantId))
                .build();
        var open = new ArrayList<HttpResponse<java.util.stream.Stream<String>>>();
        try {
            for (int i = 0; i < 5; i++) {
                var response = client.send(request, HttpResponse.BodyHandlers.ofLines());
                assertThat(response.statusCode()).isEqualTo(200);
                open.add(response);
            }

            var refused = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        } finally {
            open.forEach(response -> response.body().close());
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> {
                    var again = client.send(request, HttpResponse.BodyHandlers.ofLines());
                    again.body().close();
                    return again.statusCode() == 200;
                });
    }
}
