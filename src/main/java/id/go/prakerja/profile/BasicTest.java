package id.go.prakerja.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The motivation and basic ability test: its questions, and grading on the server. */
@ApplicationScoped
public class BasicTest {

    /** A text in Indonesian and English. */
    public record Text(String id, String en) {}

    public record Option(String id, Text text) {}

    public record Question(String id, String kind, Text text, List<Option> options, String correct) {}

    /** A question as the participant sees it: without its answer. */
    public record PublicQuestion(String id, String kind, Text text, List<Option> options) {}

    private final List<Question> questions;

    public BasicTest(ObjectMapper mapper) {
        try (var in = BasicTest.class.getResourceAsStream("/basic-test/questions.json")) {
            questions = List.copyOf(mapper.readValue(in, new TypeReference<List<Question>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("The basic test's questions cannot be read", e);
        }
    }

    public List<PublicQuestion> questions() {
        return questions.stream()
                .map(q -> new PublicQuestion(q.id(), q.kind(), q.text(), q.options()))
                .toList();
    }

    /** The score out of 100; an unanswered or unknown question counts as wrong. */
    public int grade(Map<String, String> answers) {
        long correct = questions.stream()
                .filter(q -> q.correct().equals(answers.get(q.id())))
                .count();
        return (int) Math.round(100.0 * correct / questions.size());
    }
}
