package id.go.prakerja.privacy;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The privacy notice in force, read once at start: a missing text fails the start, not a participant's request. */
@Startup
@Singleton
public class PrivacyNotice {

    /** One language's text of the notice. */
    public record Text(String version, String language, String text) {}

    private final String version;
    private final Map<String, Text> texts;

    public PrivacyNotice(PrivacyConfig config) {
        this.version = config.noticeVersion();
        this.texts = Map.of("id", read(version, "id"), "en", read(version, "en"));
    }

    public String version() {
        return version;
    }

    /** Whether {@code accepted} is the version in force: a person who accepted another is asked again. */
    public boolean isCurrent(String accepted) {
        return version.equals(accepted);
    }

    /** The text in the language asked for: Indonesian unless English is. */
    public Text in(Locale locale) {
        return texts.get("en".equals(locale.getLanguage()) ? "en" : "id");
    }

    private static Text read(String version, String language) {
        var path = "privacy/notice-" + version + "-" + language + ".md";
        try (var in = PrivacyNotice.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The privacy notice " + path + " is missing");
            }
            return new Text(version, language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
