package id.go.prakerja.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes test trainings through the operator API. */
public final class Trainings {

    private Trainings() {}

    public static Map<String, Object> form(String title, long price, int modules) {
        var form = new HashMap<String, Object>();
        form.put("title", title);
        form.put("description", "Pelatihan uji untuk pemasaran produk usaha kecil " + UUID.randomUUID());
        form.put("category", "DIGITAL");
        form.put("platform", "TOKOPEDIA");
        form.put("provider", "Lembaga Uji " + UUID.randomUUID());
        form.put("price", price);
        form.put("durationHours", 10);
        form.put("delivery", "ONLINE");
        form.put(
                "modules",
                java.util.stream.IntStream.rangeClosed(1, modules)
                        .mapToObj(i -> "Modul " + i)
                        .toList());
        form.put("certificateType", "Sertifikat Penyelesaian");
        form.put("schedule", "Belajar mandiri");
        form.put("mentorContact", "mentor@lembaga-uji.id");
        return form;
    }

    public static UUID publish(Map<String, Object> form) {
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/operator/trainings")
                .then()
                .statusCode(201)
                .extract()
                .path("trainingId"));
    }

    public static UUID publish(long price, int modules) {
        return publish(form("Pelatihan Uji " + UUID.randomUUID(), price, modules));
    }
}
