package id.go.prakerja.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's Markdown report: each line is printed as it is written, so that a run of an hour shows how far it is, and
 * the whole is saved at the end, also after a failure.
 */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append('\n');
        System.out.println(line);
    }

    void save(Path file) throws IOException {
        Files.writeString(file, text.toString());
        System.out.println(text);
    }
}
