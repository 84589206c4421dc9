package id.go.prakerja.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Walks test participants through the journey over the real HTTP API, with unique e-mails, NIKs and KKs. */
public final class Participants {

    /** The privacy notice in force in the tests, which a registration accepts. */
    public static final String PRIVACY_NOTICE = "2026-12";

    public static final Map<String, String> PASSING_ANSWERS =
            Map.of("motivation-1", "a", "motivation-2", "b", "numeracy-1", "b", "numeracy-2", "a", "literacy-1", "c");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private final Pool pool;

    public Participants(Pool pool) {
        this.pool = pool;
    }

    public static String uniqueEmail() {
        return "peserta-" + UUID.randomUUID() + "@contoh.id";
    }

    /** A NIK consistent with the birth date and sex, unique within the test run. */
    public static String nik(LocalDate birthDate, String sex) {
        var random = ThreadLocalRandom.current();
        int day = birthDate.getDayOfMonth() + ("FEMALE".equals(sex) ? 40 : 0);
        return String.format(
                "%02d%02d%02d%02d%02d%02d%04d",
                random.nextInt(11, 95),
                random.nextInt(1, 80),
                random.nextInt(1, 60),
                day,
                birthDate.getMonthValue(),
                birthDate.getYear() % 100,
                SERIAL.getAndIncrement() % 9999 + 1);
    }

    public static String kkNumber() {
        var random = ThreadLocalRandom.current();
        return String.format("%08d%08d", random.nextInt(10_000_000, 99_999_999), random.nextInt(0, 99_999_999));
    }

    /** A complete, eligible profile; change entries to break rules. */
    public static Map<String, Object> eligibleProfile() {
        var birthDate = LocalDate.of(1995, 3, 14);
        var profile = new HashMap<String, Object>();
        profile.put("fullName", "Siti Rahmawati");
        profile.put("nik", nik(birthDate, "FEMALE"));
        profile.put("kkNumber", kkNumber());
        profile.put("birthDate", birthDate.toString());
        profile.put("birthPlace", "Bandung");
        profile.put("sex", "FEMALE");
        profile.put("citizenship", "WNI");
        profile.put("phone", "+6281234567890");
        profile.put(
                "address",
                Map.of(
                        "province", "Jawa Barat",
                        "regency", "Kota Bandung",
                        "district", "Coblong",
                        "village", "Dago",
                        "street", "Jl. Ir. H. Juanda No. 10",
                        "postalCode", "40135"));
        profile.put("educationLevel", "SMA");
        profile.put("occupation", "LAID_OFF");
        profile.put("inFormalEducation", false);
        profile.put("socialAidReceived", List.of());
        profile.put(
                "documents",
                Map.of(
                        "ktp", document("ktp"),
                        "kk", document("kk"),
                        "diploma", document("ijazah")));
        return profile;
    }

    private static Map<String, Object> document(String name) {
        return Map.of(
                "reference",
                "docs/" + name + "-" + UUID.randomUUID() + ".pdf",
                "contentType",
                "application/pdf",
                "sizeBytes",
                120_000);
    }

    public UUID register() {
        return register(uniqueEmail());
    }

    /** A registration's body: the address, the password and the privacy notice in force, accepted. */
    public static Map<String, Object> registration(String email, String password) {
        return Map.of("email", email, "password", password, "privacyNoticeVersion", PRIVACY_NOTICE);
    }

    public UUID register(String email) {
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(registration(email, "rahasia-sekali-123"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("participantId"));
    }

    /** The token of the verification e-mail, as the notification in the log carries it. */
    public String verificationToken(UUID participantId) {
        return notificationToken(pool, participantId, "EMAIL_VERIFICATION");
    }

    /**
     * The code the latest e-mail of {@code template} to the account carries, once the log has it: the log holds it
     * sealed with the account's key, so it is read through the service's own event store and opened as the mailer's
     * feed opens it.
     */
    public static String notificationToken(Pool pool, UUID accountId, String template) {
        var stream = new java.util.concurrent.atomic.AtomicReference<String>();
        await().atMost(TIMEOUT).until(() -> {
            var rows = pool.preparedQuery("select stream_id from events where event_type = 'notification-requested.v1'"
                            + " and data_subject = $1 and payload ->> 'template' = $2"
                            + " order by global_position desc limit 1")
                    .execute(Tuple.of(accountId, template))
                    .await()
                    .atMost(TIMEOUT);
            if (rows.size() == 0) {
                return false;
            }
            stream.set(rows.iterator().next().getString("stream_id"));
            return true;
        });
        var container = io.quarkus.arc.Arc.container();
        var recorded = container
                .instance(id.go.prakerja.eventstore.EventStore.class)
                .get()
                .readStream(stream.get())
                .await()
                .atMost(TIMEOUT)
                .get(0);
        var notification = (id.go.prakerja.notification.NotificationRequested) container
                .instance(id.go.prakerja.notification.Notifications.class)
                .get()
                .types()
                .fromRecorded(recorded);
        return notification.parameters().get("token");
    }

    public UUID registeredAndVerified() {
        return registeredAndVerified(uniqueEmail());
    }

    public UUID registeredAndVerified(String email) {
        var participantId = register(email);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", verificationToken(participantId)))
                .post("/api/v1/registrations/{id}/email-verification", participantId)
                .then()
                .statusCode(200);
        return participantId;
    }

    public UUID withCompletedProfile(Map<String, Object> profile) {
        var participantId = registeredAndVerified();
        given().contentType(ContentType.JSON)
                .body(profile)
                .put("/api/v1/participants/{id}/profile", participantId)
                .then()
                .statusCode(200);
        return participantId;
    }

    public UUID withPassedBasicTest() {
        return withPassedBasicTest(eligibleProfile());
    }

    public UUID withPassedBasicTest(Map<String, Object> profile) {
        var participantId = withCompletedProfile(profile);
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", PASSING_ANSWERS))
                .post("/api/v1/participants/{id}/basic-test", participantId)
                .then()
                .statusCode(200);
        return participantId;
    }

    /** Through identity verification, with the registry double confirming NIK, KK and face. */
    public UUID identityVerified(RegistryDouble registry) {
        return identityVerified(registry, eligibleProfile());
    }

    public UUID identityVerified(RegistryDouble registry, Map<String, Object> profile) {
        var participantId = withPassedBasicTest(profile);
        given().contentType(ContentType.JSON)
                .body(Map.of("selfieReference", "selfies/" + participantId + ".jpg"))
                .post("/api/v1/participants/{id}/identity-verification", participantId)
                .then()
                .statusCode(202);
        registry.answer(participantId, true, true, true, null);
        awaitStatus(participantId, "IDENTITY_VERIFIED");
        return participantId;
    }

    /** Through selection: a card with the scheme's training balance. */
    public UUID withCard(RegistryDouble registry) {
        return withCard(registry, eligibleProfile());
    }

    public UUID withCard(RegistryDouble registry, Map<String, Object> profile) {
        var participantId = identityVerified(registry, profile);
        var now = java.time.Instant.now();
        var batchId = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Gelombang " + UUID.randomUUID(),
                        "quota",
                        1,
                        "opensAt",
                        now.minus(Duration.ofHours(1)).toString(),
                        "closesAt",
                        now.plus(Duration.ofDays(7)).toString()))
                .post("/api/v1/operator/batches")
                .then()
                .statusCode(201)
                .extract()
                .path("batchId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId))
                .post("/api/v1/participants/{id}/batch-applications", participantId)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/operator/batches/{id}/selection", batchId)
                .then()
                .statusCode(200);
        awaitStatus(participantId, "CARD_ISSUED");
        return participantId;
    }

    /** A batch open from an hour ago for a week. */
    public static UUID openBatch(int quota) {
        var now = java.time.Instant.now();
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Gelombang " + UUID.randomUUID(),
                        "quota",
                        quota,
                        "opensAt",
                        now.minus(Duration.ofHours(1)).toString(),
                        "closesAt",
                        now.plus(Duration.ofDays(7)).toString()))
                .post("/api/v1/operator/batches")
                .then()
                .statusCode(201)
                .extract()
                .path("batchId"));
    }

    public static void awaitTimeline(UUID participantId, String eventType) {
        await().atMost(TIMEOUT)
                .until(() -> given().get("/api/v1/participants/{id}/events", participantId)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("type")
                        .contains(eventType));
    }

    public static void awaitStatus(UUID participantId, String status) {
        await().atMost(TIMEOUT)
                .until(() -> status.equals(given().get("/api/v1/participants/{id}", participantId)
                        .then()
                        .extract()
                        .path("status")));
    }
}
