package cn.kaohe.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file over 500 lines (issue 17, docs/adr/0022): a file that long holds more than one reason to change.
 */
class ClassSizeTest {

    static final int MAX_LINES = 500;

    /** Packages (directories under src/main/java) held to the limit, sub-packages included: all of them. */
    static final List<String> SPLIT = List.of("cn/kaohe");

    @Test
    void noMainSourceFileExceedsFiveHundredLines() throws IOException {
        Path root = Path.of("src/main/java");
        assertThat(root).as("run from the project directory").isDirectory();
        List<String> tooLong;
        try (Stream<Path> files = SPLIT.stream().map(root::resolve).flatMap(ClassSizeTest::javaFiles)) {
            tooLong = files.filter(f -> lines(f) > MAX_LINES)
                    .map(f -> root.relativize(f) + " (" + lines(f) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("main source files over " + MAX_LINES + " lines").isEmpty();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.walk(dir).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
