package id.go.prakerja.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.prakerja.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A browser frontend may call the API from the origins configured, and from no other. */
@QuarkusTest
@TestProfile(CorsTest.OneFrontend.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CorsTest {

    public static class OneFrontend implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://peserta.prakerja.go.id");
        }
    }

    @Test
    void theConfiguredOriginMaySendATokenAndAnotherMayNot() {
        preflight("https://peserta.prakerja.go.id")
                .header("Access-Control-Allow-Origin", equalTo("https://peserta.prakerja.go.id"));
        preflight("https://evil.example").header("Access-Control-Allow-Origin", nullValue());
    }

    private static io.restassured.response.ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/trainings")
                .then();
    }
}
