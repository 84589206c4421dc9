package id.go.prakerja.help;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The help page's contact channels and questions, in Indonesian and English. Operators keep them in a JSON file
 * ({@code prakerja.help.file}) that is read again when it changes, so a new answer needs no build and no restart; a
 * file that does not read keeps the previous text and says why in the log. Without a file, the built-in text serves.
 */
@Startup
@Singleton
public class HelpContent {

    /** Where the help text comes from. */
    @ConfigMapping(prefix = "prakerja.help")
    public interface Config {

        /** A JSON file with the contacts and questions (the format of {@code help/help.json}); empty: built in. */
        Optional<Path> file();
    }

    /** A text in both languages. */
    record Texts(String id, String en) {
        String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : id;
        }

        boolean complete() {
            return id != null && !id.isBlank() && en != null && !en.isBlank();
        }
    }

    record ContactEntry(String channel, String value, Texts label) {}

    record QuestionEntry(String id, Texts question, Texts answer) {}

    record Document(List<ContactEntry> contacts, List<QuestionEntry> faq) {}

    @Schema(description = "A way to reach the programme's support")
    public record Contact(
            @Schema(description = "phone, email or web", examples = "phone")
            String channel,

            @Schema(examples = "0800 150 3001") String value,
            String label) {}

    @Schema(description = "A frequently asked question and its answer")
    public record Question(
            @Schema(examples = "requirements") String id, String question, String answer) {}

    @Schema(description = "Help in one language: how to reach support, and the questions asked most")
    public record Help(@Schema(examples = "id") String language, List<Contact> contacts, List<Question> faq) {}

    private static final Logger LOG = Logger.getLogger(HelpContent.class);
    private static final String BUILT_IN = "help/help.json";

    private final ObjectMapper mapper;
    private final Optional<Path> file;
    private volatile Document document;
    private volatile FileTime readVersion;

    public HelpContent(Config config, ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.file = config.file();
        if (file.isPresent()) {
            readVersion = modified(file.get());
            document = read(file.get());
        } else {
            try (var in = HelpContent.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
                document = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The help in {@code locale}'s language; with a query, only the questions whose question or answer holds every
     * one of its words.
     */
    public Help in(Locale locale, String query) {
        var current = document;
        var language = "en".equals(locale.getLanguage()) ? "en" : "id";
        var words = query == null || query.isBlank()
                ? List.<String>of()
                : Arrays.asList(query.toLowerCase(locale).trim().split("\\s+"));
        var contacts = current.contacts().stream()
                .map(c -> new Contact(c.channel(), c.value(), c.label().in(locale)))
                .toList();
        var faq = current.faq().stream()
                .map(q ->
                        new Question(q.id(), q.question().in(locale), q.answer().in(locale)))
                .filter(q -> words.stream()
                        .allMatch(word -> (q.question() + " " + q.answer())
                                .toLowerCase(locale)
                                .contains(word)))
                .toList();
        return new Help(language, contacts, faq);
    }

    /** Reads the file again when it changed: on a worker thread, never on a request's. */
    @Scheduled(
            every = "${prakerja.help.reload-every:30s}",
            delayed = "${prakerja.help.reload-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadIfChanged() {
        if (file.isEmpty()) {
            return;
        }
        try {
            var version = modified(file.get());
            if (version.equals(readVersion)) {
                return;
            }
            document = read(file.get());
            readVersion = version;
            LOG.infof("Help text read again from %s", file.get());
        } catch (RuntimeException e) {
            LOG.warnf("Help text in %s not read, the previous one stays: %s", file.get(), e.getMessage());
        }
    }

    private Document read(Path path) {
        try (var in = Files.newInputStream(path)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document parse(InputStream in) throws IOException {
        var read = mapper.readValue(in, Document.class);
        if (read == null || read.contacts() == null || read.faq() == null) {
            throw new IllegalArgumentException("the help text needs contacts and faq");
        }
        var ids = new HashSet<String>();
        for (var question : read.faq()) {
            if (question.id() == null || !ids.add(question.id())) {
                throw new IllegalArgumentException("every question needs an id of its own: " + question.id());
            }
            if (question.question() == null
                    || question.answer() == null
                    || !question.question().complete()
                    || !question.answer().complete()) {
                throw new IllegalArgumentException("question " + question.id() + " needs id and en texts");
            }
        }
        for (var contact : read.contacts()) {
            if (contact.value() == null
                    || contact.label() == null
                    || !contact.label().complete()) {
                throw new IllegalArgumentException("contact " + contact.channel() + " needs a value and labels");
            }
        }
        return new Document(List.copyOf(read.contacts()), List.copyOf(read.faq()));
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
