package id.go.prakerja.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The console is served by the service itself, to anyone, under a policy that admits only its own scripts. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConsoleServedTest {

    @Test
    void theConsoleIsServedWithItsSecurityHeadersAndABareAddressIsSentToIt() {
        given().header(SignedIn.ANONYMOUS, "true")
                .redirects()
                .follow(false)
                .get("/console")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/console/"));
        given().header(SignedIn.ANONYMOUS, "true")
                .get("/console/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"));
        given().header(SignedIn.ANONYMOUS, "true")
                .get("/console/js/app.js")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }
}
