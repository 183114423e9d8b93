package cn.kaohe.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scheme.SchemeCheck.LocatedProblem;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringOutcome;
import cn.kaohe.scoring.model.SchemeVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeCheckTest {

    /** A small scheme of the tests' own: 作风纪律 40 (迟到一次扣2分) + 工作实绩 60 rated by the supervising leader. */
    static final String SCHEME =
            """
            code: editor-sample
            name: 编辑器测试方案
            cycle: ANNUAL
            baseScore: 100
            categories:
              - id: conduct
                name: 作风纪律
                source: BASE
                points: 40
              - id: work
                name: 工作实绩
                source: RATING
                points: 60
                ratingSets:
                  - components: [{raterGroup: SUPERVISING_LEADER, name: 分管领导, weight: 1}]
            factRules:
              - {id: late, factType: LATENESS, name: 迟到, category: conduct, valuation: PER_OCCURRENCE, points: 2}
            """;

    @Test
    void acceptsAValidScheme() {
        SchemeCheck.Result r = SchemeCheck.check(SCHEME);
        assertThat(r.problems()).isEmpty();
        assertThat(r.scheme().code()).isEqualTo("editor-sample");
    }

    @Test
    void placesASyntaxErrorAtItsLine() {
        String broken = SCHEME.replace("    points: 40\n", "    points: 40\n   bad: : x\n");
        List<LocatedProblem> problems = SchemeCheck.check(broken).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isBetween(10, 11);
        assertThat(problems.get(0).message()).startsWith("YAML 格式错误");
    }

    @Test
    void reportsEveryReadingProblemAtOnceAtItsLine() {
        String broken = SCHEME.replace("cycle: ANNUAL", "cycle: WEEKLY")
                .replace("    points: 40\n", "    points: 40\n    colour: red\n")
                .replace("points: 60", "points: abc");
        List<LocatedProblem> problems = SchemeCheck.check(broken).problems();
        assertThat(problems)
                .as(problems.toString())
                .extracting(LocatedProblem::line)
                .contains(3, 10, 14);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("WEEKLY"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("colour"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("abc"));
    }

    @Test
    void mapsValidatorProblemsToTheLineOfTheirKey() {
        // Σ weight×points = 40 + 50 ≠ 100, and the rating weights sum to 50 %
        String broken = SCHEME.replace("points: 60", "points: 50").replace("weight: 1}", "weight: 0.5}");
        List<LocatedProblem> problems = SchemeCheck.check(broken).problems();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems)
                .filteredOn(p -> "categories[1].ratingSets[0].components".equals(p.field()))
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(15));
    }

    @Test
    void samplesScoreThreeCadresWithExplanations() {
        SchemeVersion scheme = SchemeCheck.require(SCHEME);
        ScoringOutcome outcome = new ScoringEngine().score(scheme, SchemeSamples.of(scheme, true));
        assertThat(outcome.subjects()).hasSize(3);
        // 甲: 40 + 60×95% = 97; 乙: 迟到一次扣2分 → 38 + 51 = 89; 丙: 两次 → 36 + 45 = 81
        assertThat(outcome.subject("sample-1").orElseThrow().total()).isEqualByComparingTo("97");
        assertThat(outcome.subject("sample-2").orElseThrow().total()).isEqualByComparingTo("89");
        assertThat(outcome.subject("sample-3").orElseThrow().total()).isEqualByComparingTo("81");
        assertThat(outcome.subject("sample-3").orElseThrow().explanation()).isNotEmpty();
    }

    @Test
    void everyPresetPassesTheEditorCheck() {
        for (SchemePresets.Preset p : SchemePresets.list()) {
            assertThat(SchemeCheck.check(SchemePresets.text(p.code())).problems())
                    .as(p.code())
                    .isEmpty();
        }
    }
}
