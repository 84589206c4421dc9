package id.go.prakerja.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Signs every test request in, as a real client would: a request under {@code /api/v1/participants/{id}} carries
 * that participant's access token, one under {@code /api/v1/operator} the bootstrap admin's. The participant's
 * credentials are those their registration sent through here; the token comes from the real sign-in endpoint. A
 * request that sets its own {@code Authorization}, or {@link #ANONYMOUS}, is left alone.
 */
public class SignedIn implements BeforeAllCallback, Filter {

    /** A request with this header goes without a token (the header itself is not sent). */
    public static final String ANONYMOUS = "X-Test-Anonymous";

    public static final String ADMIN_EMAIL = "admin@prakerja.test";
    public static final String ADMIN_PASSWORD = "admin-test-kata-sandi";

    private static final Pattern PARTICIPANT_PATH = Pattern.compile("/api/v1/participants/([0-9a-f-]{36})(/.*)?");
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final Map<UUID, Map<String, String>> CREDENTIALS = new ConcurrentHashMap<>();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SignedIn FILTER = new SignedIn();

    private record Token(String value, Instant fetched) {}

    /**
     * Installs the filter in the RestAssured the test class sees: a Quarkus test class is loaded by the application's
     * class loader, whose RestAssured is not the one this extension was loaded with.
     */
    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        var loader = context.getRequiredTestClass().getClassLoader();
        Class.forName(SignedIn.class.getName(), true, loader)
                .getMethod("install")
                .invoke(null);
    }

    public static synchronized void install() {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    /** The participant's access token, from signing in with what they registered with. */
    public static String participantToken(UUID participantId) {
        var credentials = CREDENTIALS.get(participantId);
        return credentials == null ? null : token(participantId.toString(), credentials);
    }

    public static String adminToken() {
        return token("admin", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
    }

    /** Signs in with {@code email} and {@code password}; the access token. */
    public static String signIn(String email, String password) {
        return given().header(ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    /** Forgets the participant's token, after their password changed or their sessions ended. */
    public static void forget(UUID participantId) {
        TOKENS.remove(participantId.toString());
    }

    public static void rememberPassword(UUID participantId, String password) {
        var credentials = CREDENTIALS.get(participantId);
        if (credentials != null) {
            CREDENTIALS.put(participantId, Map.of("email", credentials.get("email"), "password", password));
        }
        forget(participantId);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
            return context.next(request, response);
        }
        var path = URI.create(request.getURI()).getPath();
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            var participant = PARTICIPANT_PATH.matcher(path);
            String token = null;
            if (participant.matches()) {
                token = participantToken(UUID.fromString(participant.group(1)));
                if (token == null && "GET".equals(request.getMethod())) {
                    // A participant who cannot sign in yet (e-mail unverified) is read as an operator would.
                    token = adminToken();
                }
            } else if (path.startsWith("/api/v1/operator")) {
                token = adminToken();
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        }
        var answered = context.next(request, response);
        if ("POST".equals(request.getMethod())
                && path.equals("/api/v1/registrations")
                && answered.statusCode() == 201) {
            remember(UUID.fromString(answered.path("participantId")), request.getBody());
        }
        return answered;
    }

    @SuppressWarnings("unchecked")
    private static void remember(UUID participantId, Object body) {
        try {
            Map<String, Object> sent = body instanceof Map<?, ?> map
                    ? (Map<String, Object>) map
                    : JSON.readValue(body.toString(), Map.class);
            CREDENTIALS.put(
                    participantId,
                    Map.of(
                            "email",
                            String.valueOf(sent.get("email")),
                            "password",
                            String.valueOf(sent.get("password"))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A registration body that is not JSON was accepted", e);
        }
    }

    private static String token(String key, Map<String, String> credentials) {
        var cached = TOKENS.get(key);
        if (cached != null && cached.fetched().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return cached.value();
        }
        var answer = given().header(ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(credentials)
                .post("/api/v1/auth/login");
        if (answer.statusCode() != 200) {
            // Not verified yet, say: the request goes without a token and meets the service's answer to that.
            return null;
        }
        var token = new Token(answer.path("accessToken"), Instant.now());
        TOKENS.put(key, token);
        return token.value();
    }
}
