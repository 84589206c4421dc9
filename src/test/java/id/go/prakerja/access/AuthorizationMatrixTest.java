package id.go.prakerja.access;

import static id.go.prakerja.platform.security.Roles.ADMIN;
import static id.go.prakerja.platform.security.Roles.AUDITOR;
import static id.go.prakerja.platform.security.Roles.FINANCE;
import static id.go.prakerja.platform.security.Roles.PROGRAM_MANAGER;
import static id.go.prakerja.platform.security.Roles.REGISTRAR;
import static id.go.prakerja.platform.security.Roles.SUPPORT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.testing.Operators;
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
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called with no token, as a participant on their own and on another
 * participant's journey, and as each operator role, against the table of who may call what. An operation missing
 * from the table fails the test, so no endpoint ships unguarded.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuthorizationMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String OWN = "own participant";
    private static final String OTHER = "other participant";
    private static final List<String> CALLERS =
            List.of(ANONYMOUS, OWN, OTHER, REGISTRAR, PROGRAM_MANAGER, FINANCE, SUPPORT, AUDITOR, ADMIN);

    private static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    private static final Set<String> SIGNED_IN =
            Set.of(OWN, OTHER, REGISTRAR, PROGRAM_MANAGER, FINANCE, SUPPORT, AUDITOR, ADMIN);
    private static final Set<String> OWN_ONLY = Set.of(OWN);
    private static final Set<String> OWN_AND_READERS = Set.of(OWN, REGISTRAR, FINANCE, SUPPORT, AUDITOR, ADMIN);
    private static final String PARTICIPANT = "/api/v1/participants/{participantId}";

    /** Who may call each operation; an admin acts in every operator role. */
    private static final Map<String, Set<String>> TABLE = table();

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Map<String, Set<String>> table() {
        var table = new LinkedHashMap<String, Set<String>>();
        for (var open : List.of(
                "POST /api/v1/registrations",
                "POST /api/v1/registrations/{participantId}/email-verification",
                "POST /api/v1/auth/login",
                "POST /api/v1/auth/refresh",
                "POST /api/v1/auth/password-reset",
                "POST /api/v1/auth/password-reset/confirm",
                "GET /.well-known/jwks.json",
                "GET /api/v1/trainings",
                "GET /api/v1/trainings/{trainingId}",
                "GET /api/v1/basic-test",
                "GET /api/v1/privacy-notice",
                "GET /api/v1/help",
                "GET /api/v1/certificates/{number}",
                "GET /api/v1/certificates/{number}/pdf",
                "GET /certificates/{number}",
                "GET /console",
                "POST /api/v1/grievances")) {
            table.put(open, EVERYONE);
        }
        table.put("POST /api/v1/auth/logout", SIGNED_IN);
        for (var read : List.of("", "/balance", "/events", "/status-stream", "/purchases", "/incentives")) {
            table.put("GET " + PARTICIPANT + read, OWN_AND_READERS);
        }
        for (var write : List.of(
                "PUT " + PARTICIPANT + "/profile",
                "POST " + PARTICIPANT + "/basic-test",
                "POST " + PARTICIPANT + "/identity-verification",
                "POST " + PARTICIPANT + "/batch-applications",
                "POST " + PARTICIPANT + "/purchases",
                "POST " + PARTICIPANT + "/purchases/{purchaseId}/cancellation",
                "POST " + PARTICIPANT + "/purchases/{purchaseId}/review",
                "PUT " + PARTICIPANT + "/payout-account",
                "POST " + PARTICIPANT + "/privacy-consent",
                "POST " + PARTICIPANT + "/erasure-request")) {
            table.put(write, OWN_ONLY);
        }
        table.put("GET " + PARTICIPANT + "/personal-data", OWN_ONLY);
        for (var own : List.of(
                "POST " + PARTICIPANT + "/grievances",
                "GET " + PARTICIPANT + "/grievances",
                "GET " + PARTICIPANT + "/grievances/{grievanceId}",
                "POST " + PARTICIPANT + "/grievances/{grievanceId}/replies",
                "POST " + PARTICIPANT + "/grievances/{grievanceId}/cancellation",
                "POST " + PARTICIPANT + "/grievances/{grievanceId}/closure")) {
            table.put(own, OWN_ONLY);
        }
        table.put("GET /api/v1/operator/grievances", roles(SUPPORT, REGISTRAR));
        table.put("GET /api/v1/operator/grievances/report", roles(SUPPORT, REGISTRAR, AUDITOR));
        for (var desk : List.of(
                "GET /{grievanceId}",
                "POST /{grievanceId}/assignment",
                "POST /{grievanceId}/replies",
                "POST /{grievanceId}/resolution",
                "POST /{grievanceId}/closure")) {
            var verbAndPath = desk.split(" ");
            table.put(verbAndPath[0] + " /api/v1/operator/grievances" + verbAndPath[1], roles(SUPPORT, REGISTRAR));
        }
        table.put("POST /api/v1/operator/participants/{participantId}/erasure", roles(REGISTRAR));
        table.put("POST /api/v1/operator/trainings", roles(PROGRAM_MANAGER));
        table.put("GET /api/v1/operator/trainings/{trainingId}", roles(PROGRAM_MANAGER));
        table.put("PUT /api/v1/operator/trainings/{trainingId}", roles(PROGRAM_MANAGER));
        table.put("POST /api/v1/operator/trainings/{trainingId}/unpublish", roles(PROGRAM_MANAGER));
        table.put("POST /api/v1/operator/batches", roles(PROGRAM_MANAGER));
        table.put("GET /api/v1/operator/batches", roles(PROGRAM_MANAGER, AUDITOR));
        table.put("GET /api/v1/operator/batches/{batchId}", roles(PROGRAM_MANAGER, AUDITOR));
        table.put("POST /api/v1/operator/participant-search", roles(SUPPORT, AUDITOR, REGISTRAR, FINANCE));
        table.put("POST /api/v1/operator/batches/{batchId}/selection", roles(PROGRAM_MANAGER));
        table.put("GET /api/v1/operator/batches/{batchId}/selection", roles(PROGRAM_MANAGER, AUDITOR));
        table.put("POST /api/v1/operator/participants/{participantId}/freeze", roles(REGISTRAR));
        table.put("POST /api/v1/operator/participants/{participantId}/unfreeze", roles(REGISTRAR));
        table.put("POST /api/v1/operator/participants/{participantId}/revoke", roles(FINANCE));
        table.put("POST /api/v1/operator/participants/{participantId}/incentives/{installment}/retry", roles(FINANCE));
        table.put("GET /api/v1/operator/reports/disbursements", roles(FINANCE, AUDITOR));
        table.put("GET /api/v1/operator/reports/funnel", roles(PROGRAM_MANAGER, FINANCE, AUDITOR));
        table.put("GET /api/v1/operator/audit", roles(AUDITOR));
        table.put("POST /api/v1/operator/disbursements/statements", roles(FINANCE));
        table.put("GET /api/v1/operator/disbursements/statements/{statementId}", roles(FINANCE, AUDITOR));
        table.put("GET /api/v1/operator/disbursements/batches", roles(FINANCE, AUDITOR));
        table.put("GET /api/v1/operator/projections", roles(AUDITOR));
        table.put("POST /api/v1/operator/projections/{name}/rebuild", roles());
        table.put("GET /api/v1/operator/projections/{name}/parked", roles(AUDITOR));
        table.put("POST /api/v1/operator/projections/{name}/parked/{streamId}/retry", roles());
        table.put("POST /api/v1/operator/projections/{name}/parked/{streamId}/skip", roles());
        table.put("POST /api/v1/operator/data-keys/rewrap", roles());
        table.put("POST /api/v1/operator/accounts", roles());
        table.put("GET /api/v1/operator/accounts", roles(AUDITOR));
        table.put("PUT /api/v1/operator/accounts/{operatorId}/roles", roles());
        table.put("POST /api/v1/operator/accounts/{operatorId}/disable", roles());
        table.put("POST /api/v1/operator/accounts/{operatorId}/enable", roles());
        return table;
    }

    private static Set<String> roles(String... roles) {
        var allowed = new TreeSet<>(List.of(roles));
        allowed.add(ADMIN);
        return allowed;
    }

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() throws Exception {
        var operations = documentedOperations();
        assertThat(new TreeSet<>(TABLE.keySet()))
                .as("the table names exactly the documented operations")
                .isEqualTo(new TreeSet<>(operations));

        var participants = new Participants(pool);
        var own = participants.registeredAndVerified();
        var other = participants.registeredAndVerified();
        var tokens = new LinkedHashMap<String, String>();
        tokens.put(OWN, SignedIn.participantToken(own));
        tokens.put(OTHER, SignedIn.participantToken(other));
        for (var role : Roles.OPERATOR_ROLES) {
            tokens.put(role, role.equals(ADMIN) ? SignedIn.adminToken() : Operators.tokenOf(pool, role));
        }

        var mismatches = new ArrayList<String>();
        for (var operation : operations) {
            for (var caller : CALLERS) {
                var answer = call(operation, own, tokens.get(caller));
                var expected = TABLE.get(operation).contains(caller) ? "allowed" : denial(operation, caller);
                var actual = verdict(answer, operation, caller);
                if (!expected.equals(actual)) {
                    mismatches.add(operation + " as " + caller + ": expected " + expected + ", got " + answer);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theDocumentDeclaresTheBearerSchemeOnEveryOperationThatNeedsAToken() {
        var document = document();
        assertThat(document.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .getJsonObject("bearer")
                        .getString("scheme"))
                .isEqualToIgnoringCase("bearer");
        var paths = document.getJsonObject("paths");
        for (var operation : TABLE.keySet()) {
            var method = operation.substring(0, operation.indexOf(' ')).toLowerCase();
            var declared =
                    paths.getJsonObject(path(operation)).getJsonObject(method).getJsonArray("security");
            boolean needsToken = !TABLE.get(operation).contains(ANONYMOUS);
            assertThat(declared != null && !declared.isEmpty())
                    .as("%s declares the bearer scheme", operation)
                    .isEqualTo(needsToken);
        }
    }

    @Test
    void aDeniedAnswerIsAProblemWithAChallengeInTheClientsLanguage() throws Exception {
        var anonymous = send("GET", "/api/v1/operator/accounts", null, "id");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.challenge()).startsWith("Bearer");
        assertThat(new JsonObject(anonymous.body()).getString("title")).isEqualTo("Harus masuk");

        var participant = new Participants(pool).registeredAndVerified();
        var forbidden = send("GET", "/api/v1/operator/accounts", SignedIn.participantToken(participant), "en");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(new JsonObject(forbidden.body()).getString("title")).isEqualTo("Not allowed");

        var forged = send("GET", "/api/v1/participants/" + participant, "bm90LmEudG9rZW4", "en");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.challenge()).contains("invalid_token");
    }

    @Test
    void aStoredIdempotentResponseIsNotReplayedToACallerWhoMayNotMakeTheRequest() throws Exception {
        var key = UUID.randomUUID().toString();
        var participants = new Participants(pool);
        var owner = participants.registeredAndVerified();
        var intruder = participants.registeredAndVerified();
        var body = "{\"payoutType\":\"BANK\",\"provider\":\"BRI\",\"accountNumber\":\"123456789012\","
                + "\"accountHolder\":\"Siti Rahmawati\"}";
        var path = "/api/v1/participants/" + owner + "/payout-account";
        var first = sendWithKey("PUT", path, SignedIn.participantToken(owner), key, body);

        var replayedToIntruder = sendWithKey("PUT", path, SignedIn.participantToken(intruder), key, body);
        var replayedToAnonymous = sendWithKey("PUT", path, null, key, body);

        assertThat(first.status()).isNotIn(401, 403, 404);
        assertThat(replayedToIntruder.status()).isEqualTo(404);
        assertThat(replayedToAnonymous.status()).isEqualTo(401);
    }

    private Answer sendWithKey(String method, String path, String token, String key, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), "", "", response.body());
    }

    private static String denial(String operation, String caller) {
        if (caller.equals(ANONYMOUS)) {
            return "401";
        }
        return caller.equals(OTHER) && path(operation).startsWith(PARTICIPANT) ? "404 as if absent" : "403";
    }

    private static String verdict(Answer answer, String operation, String caller) {
        if (answer.status() == 401 || answer.status() == 403) {
            return Integer.toString(answer.status());
        }
        boolean hidden = answer.status() == 404
                && (answer.body().contains("PARTICIPANT_NOT_FOUND")
                        || answer.body().contains("/problems/http-404"));
        return hidden && caller.equals(OTHER) && path(operation).startsWith(PARTICIPANT)
                ? "404 as if absent"
                : "allowed";
    }

    /** Calls {@code operation} on {@code own}'s journey (other ids are made up), with an empty JSON body. */
    private Answer call(String operation, UUID own, String token) throws IOException, InterruptedException {
        var method = operation.substring(0, operation.indexOf(' '));
        var path = path(operation)
                .replace(PARTICIPANT, "/api/v1/participants/" + own)
                .replace("{participantId}", UUID.randomUUID().toString())
                .replace("{number}", "PRK-TIDAK-ADA")
                .replace("{name}", "no-such-projection")
                .replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
        return send(method, path, token, "en");
    }

    private Answer send(String method, String path, String token, String language)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // A stream (status-stream) never ends: its status and headers are what is judged.
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        var contentType = response.headers().firstValue("Content-Type").orElse("");
        String body;
        try (InputStream stream = response.body()) {
            body = contentType.startsWith("text/event-stream")
                    ? ""
                    : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Answer(
                response.statusCode(),
                contentType,
                response.headers().firstValue("WWW-Authenticate").orElse(""),
                body);
    }

    private record Answer(int status, String contentType, String challenge, String body) {
        @Override
        public String toString() {
            return status + " " + body.substring(0, Math.min(160, body.length()));
        }
    }

    private static String path(String operation) {
        return operation.substring(operation.indexOf(' ') + 1);
    }

    private static JsonObject document() {
        return new JsonObject(given().header(SignedIn.ANONYMOUS, "true")
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static List<String> documentedOperations() {
        var document = document();
        var operations = new ArrayList<String>();
        var paths = document.getJsonObject("paths");
        for (var path : paths.fieldNames()) {
            for (var method : paths.getJsonObject(path).fieldNames()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }
}
