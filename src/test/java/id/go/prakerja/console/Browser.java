package id.go.prakerja.console;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver: the real browser an operator would use. Flags as the
 * machine's probe found them needed as root on a closed network; every wait is bounded.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final URL console;

    private Browser(ChromeDriver driver, URL console) {
        this.driver = driver;
        this.console = console;
    }

    /**
     * Starts Chromium, or skips the test where the machine has none; where {@code CONSOLE_BROWSER_REQUIRED} is set
     * (`.ci/run`, which installs it), a missing browser fails the test instead of skipping it.
     */
    static Browser start(URL console, Path profile) {
        var installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        var missing = "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)";
        if (System.getenv("CONSOLE_BROWSER_REQUIRED") != null && !installed) {
            throw new IllegalStateException(missing);
        }
        Assumptions.assumeTrue(installed, missing);
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(List.of(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1366,900",
                        "--lang=id",
                        "--user-data-dir=" + profile.toAbsolutePath()));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), console);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String hash) {
        driver.get(console + hash);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    WebElement visible(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void textAppears(By by, String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void type(By by, String text) {
        var field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    void click(By by) {
        await(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void signIn(String email, String password) {
        open("#/sign-in");
        type(By.id("email"), email);
        type(By.id("password"), password);
        click(By.cssSelector("#sign-in button[type=submit]"));
        visible(By.id("sign-out"));
    }

    void signOut() {
        click(By.id("sign-out"));
        visible(By.id("sign-in"));
    }

    /** The names of the pages in the menu. */
    List<String> menu() {
        return driver.findElements(By.cssSelector("header nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Confirms the open dialog, with a reason when it asks for one. */
    void confirm(String reason) {
        visible(By.cssSelector("dialog[open]"));
        if (reason != null) {
            type(By.id("confirm-reason"), reason);
        }
        click(By.id("confirm-ok"));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
