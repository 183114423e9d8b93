package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad schemes and bad inputs get errors that name the place. */
class ValidationTest {

    final ScoringEngine engine = new ScoringEngine();

    static List<Problem> schemeProblems(String from, String to) {
        String yaml = SchemePresets.text("daligang-2021").replace(from, to);
        try {
            SchemeDocuments.readYaml(yaml);
        } catch (KaoheException e) {
            return e.problems();
        }
        throw new AssertionError("scheme accepted");
    }

    @Test
    void categoriesThatDoNotAddUpToTheBaseAreRejected() {
        // seed 000 三: 1000 = 300+300+300+100; a 400-point 本职 makes 1100
        var problems = schemeProblems(
                "    source: BASE\n    points: 300\n    floor: 0   # 参数, as above",
                "    source: BASE\n    points: 400");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("categories[4].points");
            assertThat(p.message()).isEqualTo("分类满分（按权重）之和 1100 与基础分 1000 不符");
        });
    }

    @Test
    void raterWeightsMustSumToOneHundredPercent() {
        String yaml = SchemePresets.text("town-office-internal")
                .replace("name: 班子成员, weight: 0.5", "name: 班子成员, weight: 0.4");
        assertThatThrownBy(() -> SchemeDocuments.readYaml(yaml)).isInstanceOfSatisfying(KaoheException.class, e -> {
            assertThat(e.errorCode().code()).isEqualTo("SCORE-001");
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo("categories[1].ratingSets[0].components");
                assertThat(p.message()).contains("90%", "100%");
            });
        });
    }

    @Test
    void aRuleNamingAnUnknownCategoryIsRejected() {
        var problems = schemeProblems(
                "category: conduct,\n     valuation: PER_OCCURRENCE, points: 2}",
                "category: nowhere,\n     valuation: PER_OCCURRENCE, points: 2}");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("未知的分类：nowhere"));
    }

    @Test
    void unknownFieldsAndEnumValuesNameTheirPath() {
        String yaml = SchemePresets.text("daligang-2021").replace("    source: MAPPED_GRADE", "    source: MAPPED");
        assertThatThrownBy(() -> SchemeDocuments.readYaml(yaml)).isInstanceOfSatisfying(KaoheException.class, e -> {
            assertThat(e.errorCode().code()).isEqualTo("SCHEME-001");
            assertThat(e.problems().get(0).field()).isEqualTo("categories[0].source");
            assertThat(e.problems().get(0).message()).contains("MAPPED", "MAPPED_GRADE");
        });
        String extra = SchemePresets.text("daligang-2021").replace("baseScore: 1000", "baseScore: 1000\ncolour: red");
        assertThatThrownBy(() -> SchemeDocuments.readYaml(extra))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("未知字段 “colour”"));
    }

    @Test
    void anInvalidSchemeIsRejectedEvenRightAfterAValidOne() {
        var b = new InputBuilder().cadre("c1", "o");
        b.grade("c1", "liaison", "优秀").rating("c1", "COMMITTEE", "central", 90);
        var valid = SchemeFixtures.daligang2021();
        assertThat(engine.score(valid, b.build()).subjects()).hasSize(1);
        // the same scheme without its categories: its rules name categories that are not there
        var broken = new cn.kaohe.scoring.model.SchemeVersion(
                valid.code(),
                valid.name(),
                valid.version(),
                valid.source(),
                valid.subjectKind(),
                valid.cycle(),
                valid.baseScore(),
                List.of(),
                valid.factRules(),
                valid.totalBounds(),
                valid.derivedScores(),
                valid.rollUps(),
                valid.grading(),
                valid.pay(),
                valid.unitOutcomes(),
                valid.noticeOpeningDay(),
                valid.approvals());
        assertThatThrownBy(() -> engine.score(broken, b.build()))
                .isInstanceOfSatisfying(
                        KaoheException.class, e -> assertThat(e.errorCode()).isEqualTo(ScoringError.SCHEME_INVALID));
        assertThatThrownBy(() -> engine.score(broken, b.build()))
                .as("checked again, not remembered")
                .isInstanceOf(KaoheException.class);
        assertThat(engine.score(valid, b.build()).subjects()).hasSize(1);
    }

    @Test
    void badFactsAreRejectedWithTheirIndex() {
        var b = new InputBuilder().cadre("c1", "o");
        b.grade("c1", "liaison", "优秀").rating("c1", "COMMITTEE", "central", 90);
        b.fact("f1", "PARKING", null, 1, "c1") // unknown type
                .fact("f2", "INSPECTION_CENSURE_PERSONAL", "GALAXY", 1, "c1") // wrong level
                .fact("f3", "LATENESS", null, -2, "c1") // negative count
                .fact("f4", "LATENESS", null, 1, "nobody");
        assertThatThrownBy(() -> engine.score(SchemeFixtures.daligang2021(), b.build()))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("SCORE-002");
                    assertThat(e.problems())
                            .extracting(Problem::field)
                            .contains("facts[0].type", "facts[1].level", "facts[2].quantity", "facts[3].subjectIds");
                    assertThat(e.getMessage()).contains("共 4 处");
                });
    }

    @Test
    void aMissingRatingIsAnError() {
        var b = new InputBuilder().cadre("c1", "o").grade("c1", "liaison", "优秀");
        assertThatThrownBy(() -> engine.score(SchemeFixtures.daligang2021(), b.build()))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("缺少", "c1"));
    }
}
