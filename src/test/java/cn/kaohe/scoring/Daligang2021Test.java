package cn.kaohe.scoring;

import static cn.kaohe.scoring.InputBuilder.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 000 大栗港镇2021年机关干部目标管理考核实施方案, with the seed's own numbers. */
class Daligang2021Test {

    static final SchemeVersion SCHEME = SchemeFixtures.daligang2021();
    final ScoringEngine engine = new ScoringEngine();

    /** Every cadre gets 联村 优秀 (300) and 中心工作 100, so a clean record totals 1000. */
    static InputBuilder clean(InputBuilder b) {
        for (var s : List.copyOf(b.subjects)) {
            if (s.role() == ScoringInput.Role.STAFF || s.role() == ScoringInput.Role.UNIT_HEAD) {
                b.grade(s.id(), "liaison", "优秀");
                b.rating(s.id(), "COMMITTEE", "central", 100);
            }
        }
        return b;
    }

    SubjectResult score(InputBuilder b, String id) {
        return engine.score(SCHEME, clean(b).build()).subject(id).orElseThrow();
    }

    @Test
    void cleanRecordScoresTheBaseOf1000() {
        // seed 000 三: 每人以1000分为基础分 (联村300 + 作风300 + 本职300 + 中心100)
        SubjectResult r = score(new InputBuilder().cadre("c1", "office"), "c1");
        assertThat(r.total()).isEqualByComparingTo("1000");
        assertThat(r.categoryScores()).containsEntry("conduct", d("300.00")).containsEntry("core", d("300.00"));
    }

    @ParameterizedTest(name = "{0} × {1} → 作风 {2}")
    @CsvSource({
        // seed 000 三(二)1: 迟到一次扣2分; 无故旷工1天扣5分; 会议或日常督查缺席扣2分
        "LATENESS, 1, 298",
        "LATENESS, 3, 294",
        "ABSENCE_DAYS, 1, 295",
        "ABSENCE_DAYS, 2, 290",
        "MEETING_ABSENCE, 2, 296",
        // seed 000 三(二)3: 上级作风纪律督查通报每次扣10分；镇纪委通报每次扣5分
        "CONDUCT_INSPECTION_CENSURE, 1, 290",
        "TOWN_DISCIPLINE_CENSURE, 2, 290"
    })
    void deductsPerOccurrenceFromConduct(String type, int times, String expected) {
        SubjectResult r = score(new InputBuilder().cadre("c1", "office").fact("f1", type, null, times, "c1"), "c1");
        assertThat(r.categoryScores().get("conduct")).isEqualByComparingTo(expected);
        assertThat(r.explanation())
                .anySatisfy(line -> assertThat(line.factIds()).containsExactly("f1"));
    }

    @Test
    void conductNeverGoesBelowZero() {
        // seed 000 三(二): 300-point category; floor 0 is the preset's explicit parameter
        SubjectResult r =
                score(new InputBuilder().cadre("c1", "office").fact("f1", "ABSENCE_DAYS", null, 70, "c1"), "c1");
        assertThat(r.categoryScores().get("conduct")).isEqualByComparingTo("0");
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l.ruleId()).isEqualTo("floor:conduct"));
    }

    @Test
    void committeeDecidesPersonalCensureBetween10And50() {
        // seed 000 三(二)2: 由镇绩效考核领导小组研究决定，扣10-50分不等
        SubjectResult r = score(
                new InputBuilder()
                        .cadre("c1", "office")
                        .committee("f1", "PERSONAL_CENSURE", "35", "受县纪委通报", null, "c1"),
                "c1");
        assertThat(r.categoryScores().get("conduct")).isEqualByComparingTo("265");
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l.description()).contains("领导小组审定 35 分", "受县纪委通报"));
    }

    @Test
    void rejectsACommitteeFigureOutsideTheRange() {
        // seed 000 三(二)2: 10-50 → 60 is an input error naming the fact
        var input = clean(new InputBuilder()
                        .cadre("c1", "office")
                        .committee("f1", "PERSONAL_CENSURE", "60", "过重", null, "c1"))
                .build();
        assertThatThrownBy(() -> engine.score(SCHEME, input)).isInstanceOfSatisfying(KaoheException.class, e -> {
            assertThat(e.errorCode().code()).isEqualTo("SCORE-002");
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo("facts[0].points");
                assertThat(p.message()).contains("10～50");
            });
        });
    }

    @ParameterizedTest(name = "{0} 通报 → 本职 {1}")
    @CsvSource({
        // seed 000 三(三)3: 省级通报扣30分，市级20分，县级10分，镇级5分
        "PROVINCE, 270",
        "CITY, 280",
        "COUNTY, 290",
        "TOWN, 295"
    })
    void deductsCensureByLevel(String level, String expected) {
        SubjectResult r = score(
                new InputBuilder().cadre("c1", "office").fact("f1", "INSPECTION_CENSURE_PERSONAL", level, 1, "c1"),
                "c1");
        assertThat(r.categoryScores().get("core")).isEqualByComparingTo(expected);
    }

    @Test
    void doublesAConsecutiveCensure() {
        // seed 000 三(三)3: 未及时整改到位，被上级部门连续通报的则加倍扣分 (县级 10 → 20)
        var f = new ScoringInput.LedgerFact(
                "f2",
                "INSPECTION_CENSURE_PERSONAL",
                "COUNTY",
                null,
                List.of("c1"),
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null);
        SubjectResult r = score(
                new InputBuilder()
                        .cadre("c1", "office")
                        .fact("f1", "INSPECTION_CENSURE_PERSONAL", "COUNTY", 1, "c1")
                        .fact(f),
                "c1");
        assertThat(r.categoryScores().get("core")).isEqualByComparingTo("270");
    }

    @Test
    void officeCensureHitsHeadLeaderAndResponsibleButNotTheRestOfTheOffice() {
        // seed 000 三(三)3: 属办责任的，扣减分管领导、办主任、直接责任人分数 (市级 20)
        var b = new InputBuilder()
                .head("h", "office")
                .cadre("c1", "office")
                .cadre("c2", "office")
                .leader("L", "office");
        b.facts.add(new ScoringInput.LedgerFact(
                "f1",
                "INSPECTION_CENSURE_OFFICE",
                "CITY",
                null,
                List.of("c1"),
                "office",
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("h").orElseThrow().categoryScores().get("core")).isEqualByComparingTo("280");
        assertThat(out.subject("c1").orElseThrow().categoryScores().get("core")).isEqualByComparingTo("280");
        assertThat(out.subject("c2").orElseThrow().categoryScores().get("core")).isEqualByComparingTo("300");
        assertThat(out.subject("L").orElseThrow().explanation())
                .anySatisfy(l -> assertThat(l.delta()).isEqualByComparingTo("-20"));
    }

    @ParameterizedTest(name = "{0} → 每人 −{1}")
    @CsvSource({
        // seed 000 三(三)2: 一类不扣分；二类分管领导和全办人员每人扣10分；三类每人扣30分
        "CLASS_1, 0, true",
        "CLASS_2, 10, true",
        "CLASS_3, 30, false"
    })
    void basicWorkClassHitsTheWholeOfficeAndItsLeader(String level, int points, boolean eligible) {
        var b = new InputBuilder()
                .head("h", "office")
                .cadre("c1", "office")
                .cadre("other", "elsewhere")
                .leader("L", "office");
        b.unitFact("f1", "BASIC_WORK_CLASS", level, "office");
        var out = engine.score(SCHEME, clean(b).build());
        for (String id : List.of("h", "c1")) {
            SubjectResult r = out.subject(id).orElseThrow();
            assertThat(r.categoryScores().get("core")).isEqualByComparingTo(BigDecimal.valueOf(300 - points));
            assertThat(r.excellenceEligible()).isEqualTo(eligible);
        }
        assertThat(out.subject("other").orElseThrow().categoryScores().get("core"))
                .isEqualByComparingTo("300");
        // the leader's own total: average of the office staff, then his own deduction on top
        SubjectResult leader = out.subject("L").orElseThrow();
        assertThat(leader.total()).isEqualByComparingTo(BigDecimal.valueOf(1000 - points - points));
        assertThat(leader.excellenceEligible()).isEqualTo(eligible);
    }

    @Test
    void keyWorkDeductionIsDoubledForLeaderHeadAndResponsible() {
        // seed 000 三(三)1: 对应分值加倍扣减至相应分管领导、办主任和直接责任人员 (审定 8 分 → 各扣16分)
        var b = new InputBuilder()
                .head("h", "office")
                .cadre("c1", "office")
                .cadre("c2", "office")
                .leader("L", "office");
        b.committee("f1", "KEY_WORK_DEDUCTION", "8", "防汛工作被县扣分", "office", "c1");
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("c1").orElseThrow().categoryScores().get("core")).isEqualByComparingTo("284");
        assertThat(out.subject("h").orElseThrow().categoryScores().get("core")).isEqualByComparingTo("284");
        assertThat(out.subject("c2").orElseThrow().categoryScores().get("core")).isEqualByComparingTo("300");
        assertThat(out.subject("L").orElseThrow().explanation()).anySatisfy(l -> {
            assertThat(l.ruleId()).isEqualTo("key-work-deduction");
            assertThat(l.delta()).isEqualByComparingTo("-16");
        });
    }

    @Test
    void keyWorkRankedLastRemovesExcellenceFromTheOfficeAndItsLeader() {
        // seed 000 三(三)1: 如排名最后一名，相应分管领导和全办人员取消评先评优资格
        var b = new InputBuilder().cadre("c1", "office").leader("L", "office").cadre("c9", "other");
        b.unitFact("f1", "KEY_WORK_LAST", null, "office");
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("c1").orElseThrow().excellenceEligible()).isFalse();
        assertThat(out.subject("L").orElseThrow().excellenceEligible()).isFalse();
        assertThat(out.subject("c9").orElseThrow().excellenceEligible()).isTrue();
    }

    @Test
    void sameWorkItemCountsOnceAtItsHighestLevel() {
        // seed 000 三(五)4、6: 获省级荣誉加30分，市级20分，同一项工作不重复加分 → +30 only
        SubjectResult r = score(
                new InputBuilder()
                        .cadre("c1", "office")
                        .workItemFact("f1", "HONOR", "CITY", "河长制", "c1")
                        .workItemFact("f2", "HONOR", "PROVINCE", "河长制", "c1")
                        .workItemFact("f3", "MEDIA_RECOMMENDATION", "CITY", "河长制", "c1"),
                "c1");
        assertThat(r.categoryScores().get("other")).isEqualByComparingTo("30");
        assertThat(r.explanation()).anySatisfy(l -> {
            assertThat(l.factIds()).containsExactly("f1");
            assertThat(l.delta()).isEqualByComparingTo("0");
            assertThat(l.description()).contains("同一项工作按最高分计");
        });
    }

    @Test
    void officeAwardCreditsEveryoneInTheOffice() {
        // seed 000 三(五)1: 被省、市、县评为先进的，该办整体人员分别加40分、30分、20分
        var b = new InputBuilder().cadre("c1", "office").cadre("c2", "office");
        b.unitFact("f1", "OFFICE_AWARD", "CITY", "office");
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("c1").orElseThrow().total()).isEqualByComparingTo("1030");
        assertThat(out.subject("c2").orElseThrow().total()).isEqualByComparingTo("1030");
    }

    @Test
    void vetoDoublesTheDeductionAndRemovesExcellence() {
        // seed 000 三(五)6: 本职工作被"一票否决"的，加倍扣分并取消年终评先评优资格 (审定 25 → 扣50)
        SubjectResult r = score(
                new InputBuilder().cadre("c1", "office").committee("f1", "VETO", "25", "安全生产被县一票否决", null, "c1"), "c1");
        assertThat(r.categoryScores().get("core")).isEqualByComparingTo("250");
        assertThat(r.excellenceEligible()).isFalse();
        assertThat(r.reasons()).anySatisfy(x -> assertThat(x.description()).contains("一票否决"));
    }

    @Test
    void leadershipMemberTakesTheAverageOfSupervisedStaffAndSecretaryTheAverageOfAll() {
        // seed 000 一: 班子成员取所分管办、站、中心、大队人员平均分，书记、镇长取全体机关干部平均分
        var b = new InputBuilder()
                .cadre("a1", "A")
                .cadre("a2", "A")
                .cadre("b1", "B")
                .leader("L", "A")
                .principal("S")
                .fact("f1", "LATENESS", null, 5, "a1") // a1 990
                .fact("f2", "ABSENCE_DAYS", null, 4, "b1"); // b1 980
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("L").orElseThrow().total()).isEqualByComparingTo("995"); // (990+1000)/2
        assertThat(out.subject("L").orElseThrow().derived()).isTrue();
        assertThat(out.subject("S").orElseThrow().total()).isEqualByComparingTo("990"); // (990+1000+980)/3
    }

    @Test
    void aLeaderWhoSupervisesOnlyVillagesTakesTheAverageOfTheCadresResidentThere() {
        // seed 000 一: 班子成员年终考评分取所分管办…人员平均分 — a leader with only villages (联村) has no office staff:
        // Kaohe takes the cadres resident in those villages (documented interpretation)
        var b = new InputBuilder()
                .cadre("a1", "A")
                .villager("r1", "V1", true)
                .villager("r2", "V1", true)
                .leader("L", "V1")
                .fact("f1", "LATENESS", null, 5, "r1"); // r1 990
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("L").orElseThrow().total()).isEqualByComparingTo("995"); // (990+1000)/2
        assertThat(out.subject("L").orElseThrow().explanation())
                .anySatisfy(l -> assertThat(l.description()).contains("驻村干部平均分"));
    }

    @Test
    void aLeaderWhoSupervisesNobodyTakesTheAverageOfAll() {
        var b = new InputBuilder()
                .cadre("a1", "A")
                .cadre("a2", "A")
                .leader("L", "EMPTY")
                .fact("f1", "ABSENCE_DAYS", null, 4, "a1"); // a1 980
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("L").orElseThrow().total()).isEqualByComparingTo("990"); // (980+1000)/2
    }

    @Test
    void mapsVillageGradesToPointsAndGivesNonResidentsTheVillageAverage() {
        // seed 000 三(一): 按各村目标管理考核等次计分；未参与驻村的机关干部，取各村平均值
        var b = new InputBuilder().cadre("c1", "o").cadre("c2", "o").cadre("c3", "o");
        b.grade("c1", "liaison", "优秀").grade("c2", "liaison", "合格");
        for (String id : List.of("c1", "c2", "c3")) {
            b.rating(id, "COMMITTEE", "central", 100);
        }
        var out = engine.score(SCHEME, b.build());
        assertThat(out.subject("c1").orElseThrow().categoryScores().get("liaison"))
                .isEqualByComparingTo("300");
        assertThat(out.subject("c2").orElseThrow().categoryScores().get("liaison"))
                .isEqualByComparingTo("260");
        assertThat(out.subject("c3").orElseThrow().categoryScores().get("liaison"))
                .isEqualByComparingTo("280");
    }

    @Test
    void payIsProportionalToScoreAndReconcilesExactlyToThePool() {
        // seed 000 四1: 按个人所得分折算奖励到人，不得平均发放，不得突破奖金申请总额
        var b = new InputBuilder()
                .cadre("c1", "o")
                .cadre("c2", "o")
                .cadre("c3", "o")
                .fact("f1", "LATENESS", null, 1, "c2")
                .fact("f2", "ABSENCE_DAYS", null, 1, "c3")
                .pool(10000);
        var out = engine.score(SCHEME, clean(b).build());
        var pay = out.groups().get(0).pay();
        assertThat(pay.allocated()).isEqualByComparingTo("10000");
        assertThat(pay.ok()).isTrue();
        assertThat(pay.equalSplit()).isFalse();
        // weights 1000 : 998 : 995 → 3341.13 / 3334.45 / 3324.42 → largest remainder 3341/3335/3324
        assertThat(out.subject("c1").orElseThrow().pay().gross()).isEqualByComparingTo("3341");
        assertThat(out.subject("c2").orElseThrow().pay().gross()).isEqualByComparingTo("3335");
        assertThat(out.subject("c3").orElseThrow().pay().gross()).isEqualByComparingTo("3324");
    }

    @Test
    void flagsAnEqualSplitOfThePool() {
        // seed 000 四1: 一律不得平均发放 — equal scores give equal shares; the reconciliation flags it
        var b = new InputBuilder().cadre("c1", "o").cadre("c2", "o").pool(1000);
        var pay = engine.score(SCHEME, clean(b).build()).groups().get(0).pay();
        assertThat(pay.equalSplit()).isTrue();
    }

    @ParameterizedTest(name = "{0} → 实发 {1}")
    @CsvSource({
        // seed 000 三(二)4: 严重警告、记大过及以上不发放；警告、记过扣发50%；问责扣发20%
        "SEVERE_WARNING, 0",
        "MAJOR_DEMERIT, 0",
        "WARNING, 2500",
        "DEMERIT, 2500",
        "ACCOUNTABILITY, 4000"
    })
    void withholdsPayForDiscipline(String level, String net) {
        var b = new InputBuilder()
                .cadre("c1", "o")
                .cadre("c2", "o")
                .fact("f1", "DISCIPLINE", level, 1, "c1")
                .pool(10000);
        var out = engine.score(SCHEME, clean(b).build());
        var pay = out.subject("c1").orElseThrow().pay();
        assertThat(pay.gross()).isEqualByComparingTo("5000");
        assertThat(pay.net()).isEqualByComparingTo(net);
        var group = out.groups().get(0).pay();
        assertThat(group.paid().add(group.withheld())).isEqualByComparingTo("10000");
    }

    @Test
    void noRealWorkCapsPayAtHalf() {
        // seed 000 四3: 没有承担任何实际工作且督查长期不在岗的人员，不高于核定奖金的50%
        var b = new InputBuilder()
                .cadre("c1", "o")
                .cadre("c2", "o")
                .fact("f1", "NO_REAL_WORK", null, 1, "c2")
                .pool(9000);
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("c1").orElseThrow().pay().gross()).isEqualByComparingTo("6000");
        assertThat(out.subject("c2").orElseThrow().pay().gross()).isEqualByComparingTo("3000");
    }

    @Test
    void secondeesOfAYearArePaidByTheBorrowingUnit() {
        // seed 000 四4: 借调期满一年，年终绩效考核奖金归借调单位发放
        var b = new InputBuilder()
                .cadre("c1", "o")
                .staffType("c2", "o", StaffType.SECONDED)
                .pool(9000);
        var out = engine.score(SCHEME, clean(b).build());
        assertThat(out.subject("c2").orElseThrow().pay().gross()).isEqualByComparingTo("0");
        assertThat(out.subject("c1").orElseThrow().pay().gross()).isEqualByComparingTo("9000");
    }

    @Test
    void explanationAddsUpToTheTotal() {
        var b = new InputBuilder()
                .head("h", "office")
                .cadre("c1", "office")
                .leader("L", "office")
                .principal("S")
                .fact("f1", "LATENESS", null, 3, "c1")
                .committee("f2", "KEY_WORK_DEDUCTION", "6", "扣分", "office", "c1")
                .workItemFact("f3", "HONOR", "CITY", "x", "c1");
        var out = engine.score(SCHEME, clean(b).build());
        for (SubjectResult r : out.subjects()) {
            BigDecimal sum = r.explanation().stream()
                    .map(ScoringOutcome.ExplanationLine::totalDelta)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(r.subjectId()).isCloseTo(r.total(), org.assertj.core.data.Offset.offset(d("0.01")));
        }
    }

    @Test
    void aVillageResidentNeedsTheVillagesGradeNotTheAverage() {
        // seed 000 三(一): 按各村目标管理考核等次计分; only 未参与驻村的机关干部 take 各村平均值
        InputBuilder b = new InputBuilder().villager("r1", "v1", true).villager("r2", "v2", true);
        b.grade("r1", "liaison", "优秀");
        b.rating("r1", "COMMITTEE", "central", 100);
        b.rating("r2", "COMMITTEE", "central", 100);
        var input = b.build();
        assertThatThrownBy(() -> engine.score(SCHEME, input))
                .isInstanceOfSatisfying(KaoheException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("ratings.r2.liaison")));
    }

    @Test
    void aCadreNotResidentTakesTheVillagesAverage() {
        // seed 000 三(一): 三类情形未参与驻村的机关干部，取各村平均值 (优秀 300 and 良好 280 → 290)
        InputBuilder b = new InputBuilder()
                .villager("r1", "v1", true)
                .villager("r2", "v2", true)
                .cadre("c1", "office");
        b.grade("r1", "liaison", "优秀");
        b.grade("r2", "liaison", "良好");
        for (String id : List.of("r1", "r2", "c1")) {
            b.rating(id, "COMMITTEE", "central", 100);
        }
        SubjectResult r = engine.score(SCHEME, b.build()).subject("c1").orElseThrow();
        assertThat(r.categoryScores().get("liaison")).isEqualByComparingTo("290");
    }

    /** Residents r1 (v1 优秀) and r2 (v2 良好): the villages' average is 290, v2's own grade 良好 280. */
    private static InputBuilder twoVillages() {
        InputBuilder b = new InputBuilder().villager("r1", "v1", true).villager("r2", "v2", true);
        b.grade("r1", "liaison", "优秀").grade("r2", "liaison", "良好");
        return b;
    }

    private static InputBuilder rated(InputBuilder b, String... ids) {
        for (String id : ids) {
            b.rating(id, "COMMITTEE", "central", 100);
        }
        return b;
    }

    @Test
    void aCadreWhoMovedMidYearWithoutAVillageTakesTheGradeOfHisOfficesLiaisonVillage() {
        // seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值 — v2 良好 280, not the average 290
        InputBuilder b = rated(twoVillages().transferred("t1", "office", "v2", "二村"), "r1", "r2", "t1");
        SubjectResult r = engine.score(SCHEME, b.build()).subject("t1").orElseThrow();
        assertThat(r.categoryScores().get("liaison")).isEqualByComparingTo("280");
        assertThat(r.explanation())
                .anySatisfy(l -> assertThat(l.description()).isEqualTo("联村工作：年中调动，未安排驻村，按所在办联系的村（二村）等次“良好”计 280 分"));
    }

    @Test
    void aGradeEnteredForTheTransferredCadreHimselfWins() {
        // seed 000 三(一): the office's own entry for the cadre (e.g. 联村安排以年初下发的文件为准) comes before the office's village
        InputBuilder b = rated(twoVillages().transferred("t1", "office", "v2", "二村"), "r1", "r2", "t1");
        b.grade("t1", "liaison", "合格");
        SubjectResult r = engine.score(SCHEME, b.build()).subject("t1").orElseThrow();
        assertThat(r.categoryScores().get("liaison")).isEqualByComparingTo("260");
    }

    @Test
    void aLiaisonVillageWithoutAGradedResidentIsAMissingGradeNamingTheVillage() {
        // seed 000 三(一): 按照所在办联系的村确定分值 — the village's grade is needed; v3 has nobody graded
        InputBuilder b = rated(twoVillages().transferred("t1", "office", "v3", "三村"), "r1", "r2", "t1");
        var input = b.build();
        assertThatThrownBy(() -> engine.score(SCHEME, input))
                .isInstanceOfSatisfying(
                        KaoheException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("ratings.t1.liaison");
                            assertThat(p.message()).contains("三村");
                        }));
    }

    @Test
    void residentsOfTheLiaisonVillageWithDifferentGradesAreAProblemNotAGuess() {
        // seed 000 三(一): one grade per village (按照各村目标管理考核等次计分); two residents of v2 disagree
        InputBuilder b = twoVillages().villager("r3", "v2", true).transferred("t1", "office", "v2", "二村");
        b.grade("r3", "liaison", "合格");
        var input = rated(b, "r1", "r2", "r3", "t1").build();
        assertThatThrownBy(() -> engine.score(SCHEME, input))
                .isInstanceOfSatisfying(KaoheException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("不一致（合格、良好）")));
    }
}
