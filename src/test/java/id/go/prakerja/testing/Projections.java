package id.go.prakerja.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Operates projections through the operator API. */
public final class Projections {

    private Projections() {}

    /** Rebuilds a projection from the start of the log and waits until it has caught up again. */
    public static void rebuild(String name) {
        given().post("/api/v1/operator/projections/{name}/rebuild", name).then().statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/api/v1/operator/projections")
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("find { it.name == '" + name + "' }.lag")
                        == 0);
    }
}
