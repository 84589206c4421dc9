package id.go.prakerja.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' file: read at start, read again when it changes, and a broken edit never replaces a good text. */
class HelpContentTest {

    @TempDir
    Path folder;

    private static String document(String answer) {
        return """
                {"contacts": [{"channel": "phone", "value": "0800 150 3001",
                               "label": {"id": "Pusat Panggilan", "en": "Call centre"}}],
                 "faq": [{"id": "fee", "question": {"id": "Berapa biayanya?", "en": "What does it cost?"},
                          "answer": {"id": "Gratis.", "en": "%s"}}]}
                """.formatted(answer);
    }

    @Test
    void anEditedFileIsServedAfterTheNextCheckAndABrokenOneKeepsThePrevious() throws Exception {
        var file = folder.resolve("help.json");
        Files.writeString(file, document("Nothing."));
        var help = new HelpContent(() -> Optional.of(file), new ObjectMapper());
        assertThat(help.in(Locale.ENGLISH, null).faq().get(0).answer()).isEqualTo("Nothing.");

        Files.writeString(file, document("It is free."));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        help.reloadIfChanged();
        assertThat(help.in(Locale.ENGLISH, null).faq().get(0).answer()).isEqualTo("It is free.");

        Files.writeString(file, "{\"contacts\": [], \"faq\": [{\"id\": \"fee\"}]}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-02T00:00:00Z")));
        help.reloadIfChanged();
        assertThat(help.in(Locale.ENGLISH, null).faq().get(0).answer()).isEqualTo("It is free.");
        assertThat(help.in(Locale.forLanguageTag("id"), null).faq().get(0).answer())
                .isEqualTo("Gratis.");
    }

    @Test
    void aFileWithoutBothLanguagesFailsTheStart() throws Exception {
        var file = folder.resolve("help.json");
        Files.writeString(file, document("").replace("\"en\": \"\"", "\"en\": \" \""));
        assertThatThrownBy(() -> new HelpContent(() -> Optional.of(file), new ObjectMapper()))
                .hasMessageContaining("needs id and en texts");
    }
}
