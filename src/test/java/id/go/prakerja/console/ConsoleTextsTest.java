package id.go.prakerja.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console speaks both languages fully: every text has an Indonesian and an English version. */
class ConsoleTextsTest {

    private static final Path TEXTS = Path.of("src/main/resources/META-INF/resources/console/js");
    private static final Pattern KEY = Pattern.compile("^  '([^']+)':", Pattern.MULTILINE);

    @Test
    void indonesianAndEnglishHaveTheSameTexts() throws IOException {
        var indonesian = keys("texts-id.js");
        assertThat(indonesian).hasSizeGreaterThan(150);
        assertThat(keys("texts-en.js")).containsExactlyElementsOf(indonesian);
    }

    private static Set<String> keys(String file) throws IOException {
        var keys = new LinkedHashSet<String>();
        var matcher = KEY.matcher(Files.readString(TEXTS.resolve(file)));
        while (matcher.find()) {
            assertThat(keys.add(matcher.group(1)))
                    .as("%s names %s once", file, matcher.group(1))
                    .isTrue();
        }
        return keys;
    }
}
