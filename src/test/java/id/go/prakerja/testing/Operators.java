package id.go.prakerja.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operator accounts made through the real API: the admin invites, the invitation's code sets the password, and the
 * operator signs in. One account per role and test JVM.
 */
public final class Operators {

    public static final String PASSWORD = "operator-kata-sandi-uji";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Operators() {}

    /** An access token of an operator whose only role is {@code role}. */
    public static String tokenOf(Pool pool, String role) {
        return TOKENS.computeIfAbsent(role, r -> {
            var email = r + "-" + UUID.randomUUID() + "@operator.test";
            invite(pool, email, List.of(r));
            return SignedIn.signIn(email, PASSWORD);
        });
    }

    /** Invites an operator and sets their password with the e-mailed code; their id. */
    public static UUID invite(Pool pool, String email, List<String> roles) {
        var operatorId = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "roles", roles))
                .post("/api/v1/operator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("operatorId"));
        var code = Participants.notificationToken(pool, operatorId, "OPERATOR_INVITATION");
        given().header(SignedIn.ANONYMOUS, "true")
                .contentType(ContentType.JSON)
                .body(Map.of("token", code, "newPassword", PASSWORD))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);
        return operatorId;
    }
}
