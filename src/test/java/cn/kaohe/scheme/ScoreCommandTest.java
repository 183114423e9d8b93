package cn.kaohe.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ScoreCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void scoresAnInputFileUnderAPresetAndPrintsTheRanking() {
        // seed 002 四(二)1 and 四(二)3 扣分①: 88 − 2 (县级通报批评) = 86
        int code = run(
                "--scheme",
                "town-office-quarterly",
                "--input",
                "src/test/resources/scoring/examples/town-office-quarterly/input.json");
        assertThat(code).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("镇内部科室季度业绩评价").contains("1\toffice-1\t92.00").contains("2\toffice-2\t86.00");
    }

    @Test
    void printsTheFullExplainedOutcomeAsJson() {
        int code = run(
                "--scheme",
                "town-office-quarterly",
                "--input",
                "src/test/resources/scoring/examples/town-office-quarterly/input.json",
                "--json");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"explanation\"")
                .contains("seed 002 四(二)3 扣分①");
    }

    @Test
    void aBadSchemeFileIsRefusedWithThePlaceNamed(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                "code: x\nname: 坏方案\nbaseScore: 100\ncategories:\n  - {id: a, name: 甲, source: BASE, points: 60}\n");
        int code = run(
                "--scheme",
                bad.toString(),
                "--input",
                "src/test/resources/scoring/examples/town-office-quarterly/input.json");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("categories");
    }

    @Test
    void aMissingFileOrArgumentSaysHowToUseIt() {
        assertThat(run("--scheme", "daligang-2021")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法");
        assertThat(run("--scheme", "daligang-2021", "--input", "nope.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("找不到文件");
    }
}
