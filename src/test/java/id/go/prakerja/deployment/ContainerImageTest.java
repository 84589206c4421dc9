package id.go.prakerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the JVM image consistent with what was measured and trained: an AOT cache is used only by the JVM build and
 * under the flags that trained it, and neither mistake fails a start; it only makes it slow again.
 */
class ContainerImageTest {

    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static List<String> lines;

    @BeforeAll
    static void readDockerfile() throws IOException {
        lines = Files.readAllLines(DOCKERFILE);
    }

    @Test
    void theImageRunsTheServiceFlagsThatTrainedItsCacheAndTheCache() {
        var javaOpts = env("JAVA_OPTS");

        assertThat(javaOpts).startsWith(System.getProperty("service.image-jvm-flags") + " ");
        assertThat(javaOpts).contains("-XX:AOTCache=/deployments/app.aot");
        assertThat(lines).anyMatch(line -> line.matches("COPY --from=build .*/app\\.aot /deployments/"));
    }

    @Test
    void theCacheIsTrainedOnTheImageThatRunsIt() {
        var stages = lines.stream()
                .filter(line -> line.startsWith("FROM "))
                .map(line -> line.split(" ")[1])
                .toList();

        assertThat(stages).hasSize(2);
        assertThat(stages.get(1)).isEqualTo(stages.get(0));
        assertThat(lines).anyMatch(line -> line.startsWith("RUN ./mvnw") && line.contains("-Paot"));
    }

    private static String env(String name) {
        var pattern = Pattern.compile("^ENV " + name + "=\"(.*)\"$");
        return lines.stream()
                .map(pattern::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not set in " + DOCKERFILE));
    }
}
