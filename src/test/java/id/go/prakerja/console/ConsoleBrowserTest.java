package id.go.prakerja.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.prakerja.platform.security.Roles;
import id.go.prakerja.testing.Operators;
import id.go.prakerja.testing.Participants;
import id.go.prakerja.testing.RealInfrastructure;
import id.go.prakerja.testing.RegistryDouble;
import id.go.prakerja.testing.SignedIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The operator console in a real Chromium against the running service, its PostgreSQL and Kafka: each role's sign-in
 * and menu, and the office's work done by clicking. Each page it passes is saved to target/console-screenshots.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    @TestHTTPResource("/console/")
    URL console;

    @Inject
    Pool pool;

    @TempDir
    Path profile;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(console, profile);
    }

    @AfterEach
    void stopBrowser(org.junit.jupiter.api.TestInfo info) throws Exception {
        if (browser == null) {
            return;
        }
        try {
            var name = "end-of-" + info.getTestMethod().orElseThrow().getName();
            browser.screenshot(name);
            Files.writeString(
                    Browser.SCREENSHOTS.resolve(name + ".txt"),
                    browser.driver().findElement(By.tagName("body")).getText());
        } finally {
            browser.close();
        }
    }

    private String operator(String... roles) {
        var email = String.join("-", roles) + "-" + UUID.randomUUID() + "@operator.test";
        Operators.invite(pool, email, List.of(roles));
        return email;
    }

    @Test
    void eachRoleSeesItsOwnPagesAndASessionThatEndsSendsItBackToSignIn() {
        browser.signIn(operator(Roles.SUPPORT), Operators.PASSWORD);
        assertThat(browser.menu()).containsExactly("Dasbor", "Peserta", "Pengaduan");
        browser.open("#/batches");
        browser.await(driver -> driver.getCurrentUrl().endsWith("#/dashboard"));
        browser.textAppears(By.tagName("h1"), "Dasbor");
        browser.signOut();

        browser.signIn(operator(Roles.AUDITOR), Operators.PASSWORD);
        assertThat(browser.menu()).containsExactly("Dasbor", "Peserta", "Gelombang", "Pembayaran", "Jejak audit");
        browser.open("#/batches");
        browser.textAppears(By.tagName("h1"), "Gelombang");
        browser.visible(By.cssSelector("main .card"));
        assertThat(browser.driver().findElements(By.cssSelector(".select-batch, #open-batch")))
                .as("an auditor reads batches but may not open or select them")
                .isEmpty();

        browser.click(By.id("language"));
        browser.textAppears(By.id("sign-out"), "Sign out");
        assertThat(browser.menu()).contains("Audit trail");

        // Both tokens stop working (as when the refresh token expires): the next call ends the session.
        browser.driver()
                .executeScript("const s = JSON.parse(sessionStorage.getItem('prakerja.console.session'));"
                        + " s.accessToken = s.accessToken.slice(0, -4) + 'AAAA'; s.refreshToken = 'expired';"
                        + " sessionStorage.setItem('prakerja.console.session', JSON.stringify(s));");
        browser.open("#/audit");
        browser.visible(By.id("sign-in"));
        browser.textAppears(By.cssSelector(".notice"), "session has ended");
    }

    @Test
    void aProgramManagerRunsABatchSelectionAndSeesWhoWasSelected() {
        var participantId = new Participants(pool).identityVerified(new RegistryDouble());
        var batchId = Participants.openBatch(1);
        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId))
                .post("/api/v1/participants/{id}/batch-applications", participantId)
                .then()
                .statusCode(201);
        var name = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(
                        () -> given().get("/api/v1/operator/batches/{id}", batchId)
                                .then()
                                .extract()
                                .<String>path("name"),
                        java.util.Objects::nonNull);

        browser.signIn(operator(Roles.PROGRAM_MANAGER), Operators.PASSWORD);
        browser.open("#/batches");
        browser.click(By.cssSelector(".select-batch[data-batch='" + name + "']"));
        browser.confirm(null);
        browser.textAppears(By.cssSelector(".notice"), name + ": 1 peserta terpilih, 0 tidak terpilih.");
        assertThat(rowOf(name).getText()).contains("Sudah diseleksi");
        browser.screenshot("batches");
        Participants.awaitStatus(participantId, "CARD_ISSUED");

        browser.click(By.linkText(name));
        browser.textAppears(By.cssSelector("main table"), participantId.toString());
        assertThat(rowOf(participantId.toString()).getText()).startsWith("1 ").contains("Terpilih");
        browser.screenshot("batch-selection");
    }

    @Test
    void aRegistrarFindsAParticipantByCardNumberAndFreezesThemAfterConfirming() {
        var participantId = new Participants(pool).withCard(new RegistryDouble());
        var cardNumber = given().get("/api/v1/participants/{id}", participantId)
                .then()
                .extract()
                .<String>path("cardNumber");

        browser.signIn(operator(Roles.REGISTRAR), Operators.PASSWORD);
        browser.open("#/participants");
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("participant-search-key")))
                .selectByValue("cardNumber");
        browser.type(By.id("participant-search-value"), cardNumber);
        browser.click(By.cssSelector("#participant-search button[type=submit]"));
        browser.click(By.linkText(participantId.toString()));
        browser.textAppears(By.id("participant-status"), "Kartu terbit");
        assertThat(browser.driver().findElements(By.id("revoke")))
                .as("revoking is finance's")
                .isEmpty();

        browser.click(By.id("freeze"));
        browser.click(By.id("confirm-cancel"));
        browser.click(By.id("freeze"));
        browser.confirm("Dugaan joki pendaftaran");
        browser.textAppears(By.id("participant-status"), "Dibekukan");
        browser.visible(By.id("unfreeze"));
        assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains("dibekukan");
        browser.screenshot("participant");

        // The access token expired, the refresh token is good: the page's four reads share one refresh (a refresh
        // token spent twice would end the sign-in) and the registrar stays signed in.
        browser.driver()
                .executeScript("const s = JSON.parse(sessionStorage.getItem('prakerja.console.session'));"
                        + " s.accessToken = s.accessToken.slice(0, -4) + 'AAAA';"
                        + " sessionStorage.setItem('prakerja.console.session', JSON.stringify(s));");
        browser.driver().navigate().refresh();
        browser.textAppears(By.id("participant-status"), "Dibekukan");
        assertThat(browser.driver().findElements(By.id("sign-in"))).isEmpty();
        browser.signOut();

        browser.signIn(operator(Roles.AUDITOR), Operators.PASSWORD);
        browser.open("#/audit");
        browser.type(By.id("audit-filter-participant"), participantId.toString());
        // The trail is a projection a moment behind the log: the auditor filters again until it shows the freeze.
        browser.await(driver -> {
            browser.click(By.cssSelector("#audit-filter button[type=submit]"));
            browser.textAppears(By.cssSelector("#audit-filter .form-status"), "entri");
            return driver.findElement(By.id("audit-results")).getText().contains("participant-frozen.v1");
        });
        browser.textAppears(By.id("audit-results"), "Dugaan joki pendaftaran");
        browser.screenshot("audit");
    }

    @Test
    void supportAnswersAndResolvesAGrievance() {
        var participantId = new Participants(pool).registeredAndVerified();
        var grievanceId = given().header("Authorization", "Bearer " + SignedIn.participantToken(participantId))
                .contentType(ContentType.JSON)
                .body(Map.of("category", "CERTIFICATE_NOT_SHOWN", "text", "Sertifikat saya belum muncul"))
                .post("/api/v1/participants/{id}/grievances", participantId)
                .then()
                .statusCode(201)
                .extract()
                .<String>path("grievanceId");

        browser.signIn(operator(Roles.SUPPORT), Operators.PASSWORD);
        browser.open("#/grievances/" + grievanceId);
        browser.textAppears(By.id("conversation"), "Sertifikat saya belum muncul");
        browser.click(By.id("assign"));
        browser.textAppears(By.cssSelector(".notice"), "Pengaduan Anda tangani.");
        browser.textAppears(By.id("ticket-status"), "Ditangani");
        assertThat(browser.driver().findElements(By.id("assign")))
                .as("taken by this operator")
                .isEmpty();
        browser.type(By.id("reply-text"), "Sertifikat sudah kami terbitkan ulang");
        browser.click(By.cssSelector("#reply button[type=submit]"));
        browser.textAppears(By.id("conversation"), "Sertifikat sudah kami terbitkan ulang");
        browser.type(By.id("resolve-resolution"), "Sertifikat terbit ulang");
        browser.click(By.cssSelector("#resolve button[type=submit]"));
        browser.textAppears(By.id("ticket-status"), "Diselesaikan");
        browser.screenshot("grievance");
        browser.open("#/grievances");
        browser.visible(By.id("queue-filter"));
        browser.screenshot("grievance-queue");
    }

    @Test
    void financeImportsAStatementAndReadsItsReconciliation() throws Exception {
        var statement = Files.writeString(
                profile.resolve("statement.csv"),
                "disbursement_id,reference,amount,status,date\n" + UUID.randomUUID() + ",TRX-UI-1,600000,PAID,"
                        + LocalDate.now() + "\n");

        browser.signIn(operator(Roles.FINANCE), Operators.PASSWORD);
        browser.open("#/payments");
        browser.visible(By.id("statement-import-statement"))
                .sendKeys(statement.toAbsolutePath().toString());
        browser.click(By.cssSelector("#statement-import button[type=submit]"));
        browser.textAppears(By.id("reconciliation-summary"), "1 baris: 0 cocok, 1 selisih.");
        browser.textAppears(By.id("reconciliation"), "Pencairan tidak dikenal");
        browser.screenshot("payments");
    }

    @Test
    void aProgramManagerPublishesATrainingAndUnpublishesIt() {
        var title = "Pemasaran Digital " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(operator(Roles.PROGRAM_MANAGER), Operators.PASSWORD);
        browser.open("#/catalog");
        browser.type(By.id("publish-training-title"), title);
        browser.type(By.id("publish-training-description"), "Belajar beriklan di media sosial");
        browser.type(By.id("publish-training-platform"), "TOKOPEDIA");
        browser.type(By.id("publish-training-provider"), "Lembaga Uji");
        browser.type(By.id("publish-training-price"), "350000");
        browser.type(By.id("publish-training-durationHours"), "12");
        browser.type(By.id("publish-training-modules"), "Pengantar\nIklan berbayar");
        browser.type(By.id("publish-training-mentorContact"), "mentor@lembaga.test");
        browser.click(By.cssSelector("#publish-training button[type=submit]"));
        browser.textAppears(By.cssSelector(".notice"), "Pelatihan diterbitkan.");
        assertThat(rowOf(title).getText()).contains("Rp 350.000");

        rowOf(title).findElement(By.cssSelector("button.secondary")).click();
        browser.type(By.id("edit-training-price"), "400000");
        browser.click(By.cssSelector("#edit-training button[type=submit]"));
        browser.textAppears(By.cssSelector(".notice"), "Perubahan disimpan.");
        assertThat(rowOf(title).getText()).contains("Rp 400.000");

        rowOf(title).findElement(By.cssSelector("button.danger")).click();
        browser.confirm("Materi tidak sesuai kurikulum");
        browser.textAppears(By.cssSelector(".notice"), "Pelatihan ditarik dari katalog.");
        browser.await(driver -> driver.findElements(By.cssSelector("main h1")).size() == 1
                && !driver.findElement(By.tagName("main")).getText().contains(title));
    }

    /** Last, so that its screenshot shows what the others did. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theDashboardShowsAnAdminEverySection() {
        browser.signIn(SignedIn.ADMIN_EMAIL, SignedIn.ADMIN_PASSWORD);
        browser.visible(By.cssSelector("#funnel-chart svg"));
        browser.textAppears(By.cssSelector("main"), "Proyeksi dan relay");
        browser.textAppears(By.cssSelector("main"), "Pengaduan terbuka per kategori");
        assertThat(browser.driver().findElements(By.cssSelector("#funnel-chart rect")))
                .hasSize(6);
        browser.screenshot("dashboard");

        // A tablet held upright: the page reflows, nothing runs off the side.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        browser.open("#/participants");
        browser.visible(By.id("participant-search"));
        assertThat((Boolean) browser.driver()
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        browser.screenshot("tablet-participants");

        // A page puts the keyboard at its content: the next Tab is the page's first field, not the menu again.
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("view");
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("participant-search-key");
        browser.open("#/catalog");
        browser.visible(By.id("publish-training"));
        browser.screenshot("catalog");
    }

    /** The table row that shows {@code text}, once the page shows it. */
    private WebElement rowOf(String text) {
        return browser.await(driver -> driver.findElements(By.cssSelector("main tbody tr")).stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElse(null));
    }
}
