package cn.kaohe.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CompletionRule;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The register's rules with seed 004's own numbers (钟山区工作目标管理暂行办法). */
class TargetRulesTest {

    static final SchemeVersion SCHEME = SchemePresets.load("zhongshan-units");
    static final Category BASIC = SCHEME.categories().stream()
            .filter(c -> c.id().equals("basic"))
            .findFirst()
            .orElseThrow();
    static final TargetBook BOOK = new TargetBook(1, 7, "2026", "basic");

    static TargetRules.Item numeric(String title, int points, int value, String unit) {
        return new TargetRules.Item(
                null,
                title,
                BigDecimal.valueOf(points),
                TargetKind.NUMERIC,
                BigDecimal.valueOf(value),
                unit,
                null,
                null);
    }

    static TargetRules.Item qualitative(String title, int points) {
        return new TargetRules.Item(
                null, title, BigDecimal.valueOf(points), TargetKind.QUALITATIVE, null, null, null, null);
    }

    /** Seed 004 第十二条(一) 工作目标基本分100分: 招商引资 40 + 十件实事 35 + 安全生产 25. */
    static List<TargetRules.Item> book() {
        return List.of(numeric("招商引资到位资金", 40, 5000, "万元"), qualitative("市区十件实事", 35), qualitative("安全生产", 25));
    }

    @Test
    void aBookWhosePointsAddUpToTheBasicScoreIsAccepted() {
        // seed 004 第十二条(一): 工作目标基本分100分：目标责任书考核分
        assertThat(BASIC.points()).isEqualByComparingTo("100");
        assertThatCode(() -> TargetRules.checkBook(book(), BASIC.name(), BASIC.points()))
                .doesNotThrowAnyException();
    }

    @Test
    void aBookWhosePointsDoNotAddUpIsRefusedNamingTheSum() {
        // seed 004 第十二条(一): 40 + 35 + 20 = 95 is not the 100 points of 工作目标基本分
        var short5 = List.of(book().get(0), book().get(1), qualitative("安全生产", 20));
        assertThatThrownBy(() -> TargetRules.checkBook(short5, BASIC.name(), BASIC.points()))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("TARGET-003");
                    assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field())
                            .isEqualTo("targets[].points"));
                })
                .hasMessage("各项目标分值合计 95 分，应等于“工作目标基本分”的 100 分");
    }

    @Test
    void aNumericTargetNeedsItsValueAndUnitOfMeasure() {
        var bad = List.of(
                new TargetRules.Item(null, "招商引资", BigDecimal.valueOf(40), TargetKind.NUMERIC, null, " ", null, null),
                qualitative("市区十件实事", 60));
        assertThatThrownBy(() -> TargetRules.checkBook(bad, BASIC.name(), BASIC.points()))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("TARGET-002");
                    assertThat(e.problems())
                            .extracting(p -> p.field())
                            .containsExactly("targets[0].targetValue", "targets[0].measureUnit");
                });
    }

    @Test
    void theLeadUnitCannotAlsoBeCoResponsible() {
        var item = new TargetRules.Item(
                null, "市区十件实事", BigDecimal.valueOf(100), TargetKind.QUALITATIVE, null, null, 9L, List.of(9L, 10L));
        assertThat(TargetRules.itemProblems("targets[0]", item))
                .extracting(p -> p.field())
                .containsExactly("targets[0].coUnitIds");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // seed 004 第九条: 由各部门于当年7月1日前向区目标办提出申请 (the 004 preset's changeCutoff: "07-01")
        "2026-01-15, true",
        "2026-06-30, true",
        "2026-07-01, false",
        "2026-11-30, false"
    })
    void aChangeRequestComesBeforeTheFirstOfJuly(LocalDate today, boolean accepted) {
        var cutoff = BASIC.completion().changeCutoffIn(2026);
        assertThat(cutoff).contains(LocalDate.of(2026, 7, 1));
        if (accepted) {
            assertThatCode(() -> TargetRules.checkBeforeCutoff(cutoff, today)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> TargetRules.checkBeforeCutoff(cutoff, today))
                    .isInstanceOfSatisfying(
                            KaoheException.class,
                            e -> assertThat(e.errorCode().code()).isEqualTo("TARGET-005"))
                    .hasMessageStartingWith("目标调整申请须于2026年7月1日前提出");
        }
    }

    @Test
    void aSchemeWithoutCutoffTakesChangesUntilThePeriodEnds() {
        var rule = new CompletionRule(null, null, null);
        assertThat(rule.changeCutoffIn(2026)).isEmpty();
        assertThatCode(() -> TargetRules.checkBeforeCutoff(rule.changeCutoffIn(2026), LocalDate.of(2026, 12, 31)))
                .doesNotThrowAnyException();
    }

    @Test
    void aFalsifiedTargetTakesOffHalfItsPoints() {
        // seed 004 第十六条: 目标考核中虚报瞒报、弄虚作假的，倒扣该项工作正常分值的50% — 招商引资 40 分 → −20;
        // 十件实事 35 效果好 → 35; 安全生产 25 效果一般 90% → 22.5; 基本分 = −20 + 35 + 22.5 = 37.5
        List<Target> t = registered();
        report(t.get(0), new BigDecimal("6000"), null, false);
        check(t.get(0), CheckResult.FALSIFIED);
        report(t.get(1), null, TargetOutcome.GOOD, false);
        check(t.get(1), CheckResult.VERIFIED);
        report(t.get(2), null, TargetOutcome.FAIR, false);
        check(t.get(2), CheckResult.VERIFIED);
        assertThat(TargetRules.result(t.get(0)).orElseThrow().falsified()).isTrue();
        assertThat(basic(t)).isEqualByComparingTo("37.5");
    }

    @Test
    void missingTargetsAreRescaledToTheFullPoints() {
        // seed 004 第十七条: 缺项工作不计分，总分按比例折算 — 安全生产 25 缺项; 招商引资 3750/5000 万元 → 40 × 75% = 30,
        // 十件实事 效果一般 → 35 × 90% = 31.5; (30 + 31.5) × 100 / 75 = 82
        List<Target> t = registered();
        report(t.get(0), new BigDecimal("3750"), null, false);
        check(t.get(0), CheckResult.VERIFIED);
        report(t.get(1), null, TargetOutcome.FAIR, false);
        check(t.get(1), CheckResult.VERIFIED);
        check(t.get(2), CheckResult.MISSING);
        assertThat(TargetRules.result(t.get(2)).orElseThrow().missing()).isTrue();
        assertThat(basic(t)).isEqualByComparingTo("82");
    }

    @Test
    void aUnitsMissingClaimHoldsUnlessFoundFalsified() {
        List<Target> t = registered();
        report(t.get(2), null, null, true);
        assertThat(TargetRules.result(t.get(2)).orElseThrow().missing()).isTrue();
        check(t.get(2), CheckResult.FALSIFIED);
        TargetResult r = TargetRules.result(t.get(2)).orElseThrow();
        assertThat(r.missing()).isFalse();
        assertThat(r.falsified()).isTrue();
        assertThat(r.outcome()).isEqualTo(TargetOutcome.NOT_DONE);
    }

    @Test
    void anUnreportedUncheckedTargetIsNotScored() {
        assertThat(TargetRules.result(registered().get(0))).isEmpty();
    }

    @Test
    void aReportNeedsEvidenceAndTheFigureOfItsKind() {
        assertThat(TargetRules.completionProblems(
                        TargetKind.NUMERIC,
                        new TargetRules.Completion(null, TargetOutcome.GOOD, null, null, " ", null)))
                .extracting(p -> p.field())
                .containsExactly("evidence", "actual", "outcome");
        assertThat(TargetRules.completionProblems(
                        TargetKind.QUALITATIVE, new TargetRules.Completion(null, null, true, null, "不涉及此项工作", null)))
                .isEmpty();
    }

    @Test
    void onlyAMissingItemCanBeCheckedBeforeItIsReported() {
        assertThat(TargetRules.checkProblems(
                        TargetKind.NUMERIC, false, new TargetRules.Check(CheckResult.VERIFIED, null, null, null)))
                .extracting(p -> p.field())
                .containsExactly("result");
        assertThat(TargetRules.checkProblems(
                        TargetKind.NUMERIC, true, new TargetRules.Check(CheckResult.FALSIFIED, " ", null, null)))
                .extracting(p -> p.field())
                .containsExactly("note");
        assertThat(TargetRules.checkProblems(
                        TargetKind.NUMERIC, false, new TargetRules.Check(CheckResult.MISSING, null, null, null)))
                .isEmpty();
    }

    private static List<Target> registered() {
        List<Target> out = new ArrayList<>();
        List<TargetRules.Item> items = book();
        for (int i = 0; i < items.size(); i++) {
            Target t = new Target(BOOK, i + 1, items.get(i), "office", OffsetDateTime.parse("2026-02-01T09:00+08:00"));
            ReflectionTestUtils.setField(t, "id", 100L + i);
            out.add(t);
        }
        return out;
    }

    private static void report(Target t, BigDecimal actual, TargetOutcome outcome, boolean notApplicable) {
        t.report(
                new TargetRules.Completion(actual, outcome, notApplicable, false, "年终自查报告", "att-1"),
                "unit",
                OffsetDateTime.parse("2026-12-10T09:00+08:00"));
    }

    private static void check(Target t, CheckResult result) {
        t.check(
                new TargetRules.Check(result, "察访核验", null, null),
                "office",
                OffsetDateTime.parse("2026-12-20T09:00+08:00"));
    }

    /** The engine's 工作目标基本分 of unit 7 from the register's results. */
    private static BigDecimal basic(List<Target> targets) {
        List<TargetResult> results = targets.stream()
                .map(TargetRules::result)
                .flatMap(java.util.Optional::stream)
                .toList();
        Subject unit = new Subject("7", "区发改局", "DEPARTMENT", null, null, null, null, null, null, null, null, null);
        ScoringInput in = new ScoringInput(
                "2026",
                List.of(unit),
                List.of(),
                List.of(new Rating("7", "TARGET_COMMITTEE", "c1", "overall", BigDecimal.ZERO, null)),
                List.of(),
                results,
                List.of(),
                List.of(),
                null,
                null,
                null);
        return new ScoringEngine()
                .score(SCHEME, in)
                .subject("7")
                .orElseThrow()
                .categoryScores()
                .get("basic");
    }

    @Test
    void aChangeRequestIsDescribedInWordsWithoutCodes() {
        // seed 004 第九条 因特殊情况确需调整目标任务的: 招商引资 40 → 35 points and 5000 → 4500 万元, 安全生产 25 → 30
        TargetRules.Item before = numeric("招商引资到位资金", 40, 5000, "万元");
        TargetRules.Item after = TargetChanges.merge(
                before,
                new TargetRules.Item(null, null, new BigDecimal("35"), null, new BigDecimal("4500"), null, null, null));
        assertThat(TargetRules.differences(before, after, id -> "住建局"))
                .containsExactly("分值 40 → 35", "目标值 5000 万元 → 4500 万元");
        TargetRules.Item safety = qualitative("安全生产", 25);
        TargetRules.Item asNumeric = TargetChanges.merge(
                safety,
                new TargetRules.Item(
                        null, "安全生产事故起数", null, TargetKind.NUMERIC, BigDecimal.ONE, "起", null, List.of(9L)));
        assertThat(TargetRules.differences(safety, asNumeric, id -> "住建局"))
                .containsExactly("名称改为“安全生产事故起数”", "类型 无数据指标 → 有数据指标", "目标值 — → 1 起", "协办单位改为住建局");
        assertThat(TargetRules.differences(safety, safety, id -> "住建局")).containsExactly("未作改动");
    }
}
