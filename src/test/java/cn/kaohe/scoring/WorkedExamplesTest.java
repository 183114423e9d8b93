package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scheme.SchemePresets;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each preset a worked example: src/test/resources/scoring/examples/&lt;preset&gt;/input.json is
 * scored and must give exactly expected.json (reviewed figures; regenerate with {@link
 * ExampleInputs#main} after a deliberate change).
 */
class WorkedExamplesTest {

    static Stream<String> presets() {
        return SchemePresets.list().stream().map(SchemePresets.Preset::code);
    }

    static String resource(String path) throws IOException {
        try (InputStream in = WorkedExamplesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void scoringTheExampleInputGivesTheExpectedOutput(String preset) throws IOException {
        String dir = "/scoring/examples/" + preset + "/";
        ScoringInput input = SchemeDocuments.readInput(resource(dir + "input.json"));
        ScoringOutcome outcome = new ScoringEngine().score(SchemePresets.load(preset), input);
        JsonNode actual = SchemeDocuments.json().readTree(SchemeDocuments.writeOutcome(outcome));
        JsonNode expected = SchemeDocuments.json().readTree(resource(dir + "expected.json"));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void theExampleInputIsTheOneTheGeneratorBuilds(String preset) throws IOException {
        JsonNode file = SchemeDocuments.json().readTree(resource("/scoring/examples/" + preset + "/input.json"));
        JsonNode built = SchemeDocuments.json()
                .readTree(SchemeDocuments.writeInput(
                        ExampleInputs.EXAMPLES.get(preset).get()));
        assertThat(file).isEqualTo(built);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyExampleExplainsItsTotalsAndReconcilesItsPay(String preset) {
        ScoringOutcome outcome = new ScoringEngine()
                .score(
                        SchemePresets.load(preset),
                        ExampleInputs.EXAMPLES.get(preset).get());
        for (var r : outcome.subjects()) {
            BigDecimal sum = r.explanation().stream()
                    .map(ScoringOutcome.ExplanationLine::totalDelta)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum)
                    .as("%s %s", preset, r.subjectId())
                    .isCloseTo(r.total(), Offset.offset(new BigDecimal("0.01")));
        }
        for (var g : outcome.groups()) {
            if (g.pay() != null) {
                assertThat(g.pay().ok()).as(preset).isTrue();
                assertThat(g.pay().equalSplit()).as(preset).isFalse();
                if (g.pay().pool() != null) {
                    assertThat(g.pay().allocated()).isEqualByComparingTo(g.pay().pool());
                }
            }
            assertThat(g.ranking()).extracting(ScoringOutcome.RankEntry::rank).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void scoringIsDeterministic(String preset) throws IOException {
        var scheme = SchemePresets.load(preset);
        var input = ExampleInputs.EXAMPLES.get(preset).get();
        var engine = new ScoringEngine();
        assertThat(SchemeDocuments.writeOutcome(engine.score(scheme, input)))
                .isEqualTo(SchemeDocuments.writeOutcome(engine.score(scheme, input)));
    }
}
