package cn.kaohe.scoring;

import static cn.kaohe.scoring.InputBuilder.member;

import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.scoring.ScoringInput.Member;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The worked example inputs, one per preset. {@link #main} writes input.json and expected.json
 * under src/test/resources/scoring/examples/&lt;preset&gt;/ (run it after a deliberate change, review
 * the diff); {@code WorkedExamplesTest} checks them.
 */
public final class ExampleInputs {

    static final Map<String, Supplier<ScoringInput>> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("daligang-2021", ExampleInputs::daligang);
        EXAMPLES.put("water-bureau-performance", ExampleInputs::waterBureau);
        EXAMPLES.put("township-thousand-point", ExampleInputs::township);
        EXAMPLES.put("student-cadre", ExampleInputs::student);
        EXAMPLES.put("town-cadre-discipline", ExampleInputs::townCadre);
        EXAMPLES.put("safety-production-responsibility", ExampleInputs::safetyProduction);
        EXAMPLES.put("town-office-internal", ExampleInputs::townOffice);
        EXAMPLES.put("town-office-quarterly", ExampleInputs::townOfficeQuarterly);
        EXAMPLES.put("baicheng-monthly", ExampleInputs::baicheng);
        EXAMPLES.put("zhongshan-units", ExampleInputs::zhongshan);
    }

    private ExampleInputs() {}

    static ScoringInput daligang() {
        var b = new InputBuilder().period("2021").pool(120000);
        b.head("dzb-head", "dzb").cadre("dzb-1", "dzb").cadre("dzb-2", "dzb");
        b.head("nyb-head", "nyb").cadre("nyb-1", "nyb").staffType("nyb-2", "nyb", StaffType.SECONDED);
        b.leader("leader-dzb", "dzb").leader("leader-nyb", "nyb").principal("secretary");
        String[] grades = {"优秀", "良好", "合格", "优秀", "良好"};
        String[] people = {"dzb-head", "dzb-1", "dzb-2", "nyb-head", "nyb-1"};
        for (int i = 0; i < people.length; i++) {
            b.grade(people[i], "liaison", grades[i]);
            b.rating(people[i], "COMMITTEE", "central", 95 - 3 * i);
        }
        b.rating("nyb-2", "COMMITTEE", "central", 80); // 三类情形未驻村 → 各村平均值
        b.fact("f01", "LATENESS", null, 3, "dzb-1")
                .fact("f02", "ABSENCE_DAYS", null, 1, "dzb-2")
                .fact("f03", "DISCIPLINE", "WARNING", 1, "dzb-2")
                .committee("f04", "KEY_WORK_DEDUCTION", "6", "防汛物资检查被县扣分", "nyb", "nyb-1")
                .unitFact("f05", "BASIC_WORK_CLASS", "CLASS_2", "nyb")
                .unitFact("f06", "OFFICE_AWARD", "COUNTY", "dzb")
                .workItemFact("f07", "HONOR", "CITY", "人居环境整治", "dzb-head")
                .workItemFact("f08", "HONOR", "PROVINCE", "人居环境整治", "dzb-head")
                .fact("f09", "DUTY_PARTICIPATION", null, 1, "dzb-1")
                .fact("f10", "LIAISON_PARTICIPATION", null, 1, "nyb-head");
        return b.build();
    }

    static ScoringInput waterBureau() {
        var b = new InputBuilder().period("2021");
        String[] units = {"planning", "construction", "water-resources", "office"};
        int[][] scores = {{95, 90, 85, 90}, {88, 80, 75, 85}, {92, 95, 90, 80}, {80, 70, 60, 95}};
        for (int i = 0; i < units.length; i++) {
            String u = units[i];
            b.unit(u, null);
            b.rating(u, "CITY", "business-completion", scores[i][0])
                    .rating(u, "CITY", "business-progress", scores[i][1])
                    .rating(u, "CITY", "business-innovation", scores[i][2]);
            for (String part : new String[] {"admin-democratic", "admin-lawful", "admin-efficient", "admin-clean"}) {
                b.rating(u, "BUREAU", part, scores[i][3]);
            }
            b.rating(u, "MID_YEAR_SURVEY", "public", 80 + i).rating(u, "YEAR_END_SURVEY", "public", 85 - i);
        }
        b.committee("f1", "INSPECTION_FINDING", "2", "暗访发现窗口无人值守", null, "office");
        return b.build();
    }

    static ScoringInput township() {
        var b = new InputBuilder().period("2021");
        for (int i = 1; i <= 8; i++) {
            String id = "unit-" + i;
            b.unit(id, null);
            b.rating(id, "JOINT_ASSESSMENT", "indicators", 70 + 3 * i)
                    .rating(id, "JOINT_ASSESSMENT", "targets", 95 - 2 * i)
                    .rating(id, "PUBLIC_SURVEY", "public", 80 + (i % 3) * 5);
        }
        b.committee("f1", "INSPECTION_EFFICIENCY", "30", "效能暗访发现脱岗", null, "unit-8")
                .committee("f2", "INSPECTION_EFFICIENCY", "30", "基础性工作检查不合格", null, "unit-8")
                .committee("f3", "INSPECTION_PROJECT_OFFICE", "15", "重点项目进度滞后", null, "unit-3");
        return b.build();
    }

    static ScoringInput student() {
        var b = new InputBuilder().period("2021");
        int[][] s = {{38, 18, 19, 18}, {34, 17, 16, 15}, {30, 14, 15, 14}, {25, 12, 13, 12}, {20, 10, 9, 10}};
        for (int i = 0; i < s.length; i++) {
            String id = "student-" + (i + 1);
            b.cadre(id, "student-union");
            b.rating(id, "DIRECT_SUPERIOR", "work", s[i][0])
                    .rating(id, "DIRECT_SUPERIOR", "study", s[i][1])
                    .rating(id, "DIRECT_SUPERIOR", "ideology", s[i][2])
                    .rating(id, "DIRECT_SUPERIOR", "life", s[i][3]);
        }
        return b.build();
    }

    static ScoringInput townCadre() {
        var b = new InputBuilder().period("2021").pool(80000);
        int[] scores = {97, 94, 92, 90, 88, 85, 83, 81, 78, 75};
        for (int i = 0; i < scores.length; i++) {
            String id = "cadre-" + (i + 1);
            if (i == 6) {
                b.staffType(id, "office", StaffType.NON_ESTABLISHED);
            } else {
                b.cadre(id, "office");
            }
            TownCadreDisciplineTest.rated(b, id, scores[i], scores[i] - 2, scores[i], scores[i] + 1);
        }
        b.fact("f1", "LATE_OR_EARLY", null, 4, "cadre-2")
                .fact("f2", "DISCIPLINE_CENSURE", null, 1, "cadre-3")
                .fact("f3", "KEY_WORK_ON_TIME", null, 2, "cadre-5")
                .workItemFact("f4", "COMMENDATION", "CITY", "招商引资", "cadre-1")
                .fact("f5", "MEETING_ABSENT", null, 1, "cadre-9");
        b.fact(new ScoringInput.LedgerFact(
                "f6",
                "RISK_DEPOSIT_MET",
                null,
                null,
                List.of("cadre-4"),
                null,
                null,
                null,
                new BigDecimal("1000"),
                null,
                "征地拆迁",
                null,
                null));
        return b.build();
    }

    /** Seed 001 篇五: the units and villages that signed the 安全生产责任书, rated on the eight tasks of 二. */
    static ScoringInput safetyProduction() {
        var b = new InputBuilder().period("2021");
        String[] units = {"山门口村", "禄市街道社区", "安办", "派出所", "禄市村"};
        int[] base = {96, 92, 88, 80, 66};
        for (int i = 0; i < units.length; i++) {
            b.unit(units[i], null);
            for (int d = 0; d < SAFETY_DUTIES.size(); d++) {
                b.rating(units[i], "SAFETY_OFFICE", SAFETY_DUTIES.get(d), base[i] - (d % 3));
            }
        }
        b.fact("f1", "SAFETY_DEMONSTRATION_PASSED", null, 1, "山门口村")
                .fact("f2", "SAFETY_DEMONSTRATION_PASSED", null, 1, "禄市街道社区")
                .fact("f3", "SAFETY_HAZARD_UNRECTIFIED", null, 2, "派出所")
                .committee("f4", "SAFETY_ACCIDENT_UNREPORTED", "10", "农用车事故迟报", null, "禄市村");
        return b.build();
    }

    /** The rating parts of the eight tasks of seed 001 篇五 二1–8, in order. */
    static final List<String> SAFETY_DUTIES = List.of(
            "duty-system",
            "duty-safety-officers",
            "duty-vehicles",
            "duty-warning-signs",
            "duty-training",
            "duty-inspections",
            "duty-hazards",
            "duty-reporting");

    static ScoringInput townOffice() {
        var b = new InputBuilder().period("2024");
        String[] offices = {"综合办", "党建办", "民政办", "卫计办", "安监办", "企业办", "城建办", "农业办", "综治办", "财政所"};
        for (int i = 0; i < offices.length; i++) {
            String id = "office-" + (i + 1);
            TownOfficeInternalTest.office(b, id, 0, 0);
            b.periods.removeIf(p -> p.subjectId().equals(id));
            b.ratings.removeIf(r -> r.subjectId().equals(id));
            int base = 94 - 3 * i;
            b.periodScore(id, "performance", "Q1", base - 2)
                    .periodScore(id, "performance", "Q2", base)
                    .periodScore(id, "performance", "Q3", base + 1)
                    .periodScore(id, "performance", "Q4", base + (i % 2));
            b.rating(id, "LEADERSHIP", "duty", base)
                    .rating(id, "DEPARTMENT_HEADS", "duty", base - 1)
                    .rating(id, "VILLAGE_SECRETARIES", "duty", base + 2);
        }
        b.fact("f1", "INVESTMENT_PROJECT", null, 1, "office-6")
                .workItemFact("f2", "COMMENDATION", "CITY", "退役军人服务", "office-3")
                .workItemFact("f3", "CENSURE", "COUNTY", "安全生产", "office-5")
                .fact("f4", "INFORMATION_ADOPTED", null, 3, "office-2");
        b.prior(new PriorResult("office-10", "2023", null, "FAIR", 10, 10));
        return b.build();
    }

    /** Seed 002 四(二)1: a quarter's 业绩评价 by the office; 四(二)3 扣分①: 县级通报批评 −2. Expected: 92, 86, 75, 60. */
    static ScoringInput townOfficeQuarterly() {
        var b = new InputBuilder().period("2024-Q3");
        int[] scores = {92, 88, 75, 60};
        for (int i = 0; i < scores.length; i++) {
            String id = "office-" + (i + 1);
            TownOfficeInternalTest.office(b, id, 0, 0);
            b.periods.removeIf(p -> p.subjectId().equals(id));
            b.ratings.removeIf(r -> r.subjectId().equals(id));
            b.rating(id, "ASSESSMENT_OFFICE", "performance", scores[i]);
        }
        b.workItemFact("f1", "CENSURE", "COUNTY", "综治维稳", "office-2");
        return b.build();
    }

    static ScoringInput baicheng() {
        var b = new InputBuilder().period("2011-09");
        for (int i = 1; i <= 12; i++) {
            String id = String.format("cadre-%02d", i);
            if (i == 4) {
                b.villager(id, "village-2", false, "STATION");
                b.rating(id, "SUPERIOR_AUTHORITY", "performance", 88).rating(id, "TOWNSHIP_GROUP", "performance", 92);
            } else {
                b.villager(id, "village-" + (i % 3 + 1), i % 2 == 1);
                b.rating(id, "TOWNSHIP_GROUP", "performance", 99 - i);
            }
            b.prior(id, "2011-07", "B").prior(id, "2011-08", i == 1 ? "A" : "B");
        }
        b.fact("f1", "LATE_OR_EARLY", null, 5, "cadre-02")
                .fact("f2", "DEMOCRATIC_DISSATISFIED_PERCENT", null, 35, "cadre-05");
        b.prior("village-3", "2011-07", "不合格")
                .prior("village-3", "2011-09", "不合格")
                .prior("village-1", "2011-08", "不合格");
        return b.build();
    }

    static ScoringInput zhongshan() {
        var b = new InputBuilder().period("2008");
        String[] depts = {"区发改局", "区教育局", "区民政局", "区财政局", "区建设局"};
        int[] done = {100, 98, 96, 92, 85};
        for (int i = 0; i < depts.length; i++) {
            String id = "dept-" + (i + 1);
            b.unit(
                    id,
                    "DEPARTMENT",
                    new Member(id + "-p", depts[i] + "局长", Role.PRINCIPAL, null, null),
                    new Member(id + "-l", depts[i] + "副局长", Role.LEADERSHIP_MEMBER, null, null),
                    new Member(id + "-s1", depts[i] + "职工甲", Role.STAFF, i == 0 ? 8 : null, null),
                    new Member(id + "-s2", depts[i] + "职工乙", Role.STAFF, null, i == 1 ? "当年累计事假达60天" : null));
            b.numericTarget(id, id + "-economy", 60, 100, done[i]);
            b.qualityTarget(id, id + "-service", 40, i < 2 ? TargetOutcome.GOOD : TargetOutcome.FAIR);
            b.rating(id, "TARGET_COMMITTEE", "overall", 4);
            b.rating(id, "TOWNSHIPS", "bottom-up", 3 + (i % 3));
        }
        b.target(new TargetResult(
                "dept-5",
                "basic",
                "dept-5-project",
                "重点项目",
                BigDecimal.valueOf(20),
                null,
                null,
                null,
                null,
                true,
                null));
        b.workItemFact("f1", "COLLECTIVE_AWARD", "MINISTRY_OR_PROVINCE", "双拥模范", "dept-3");
        b.fact("f2", "MEETING_ABSENT", null, 2, "dept-4");
        String[] towns = {"大湾镇", "汪家寨镇", "大河镇", "月照乡"};
        int[] townDone = {100, 97, 94, 82};
        for (int i = 0; i < towns.length; i++) {
            String id = "town-" + (i + 1);
            b.unit(
                    id,
                    "TOWNSHIP",
                    member(id + "-secretary", Role.PRINCIPAL),
                    member(id + "-mayor", Role.PRINCIPAL),
                    member(id + "-deputy", Role.LEADERSHIP_MEMBER));
            b.numericTarget(id, id + "-revenue", 100, 100, townDone[i]);
            b.rating(id, "TARGET_COMMITTEE", "overall", 4);
        }
        b.fact("f3", "REVENUE_OVER_TARGET_LARGE", null, 2, "town-1");
        b.fact("f4", "VETO", null, 1, "town-2");
        return b.build();
    }

    /** Writes the example files: {@code ./mvnw test-compile} then run this class from the test classpath. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/scoring/examples");
        ScoringEngine engine = new ScoringEngine();
        for (var e : EXAMPLES.entrySet()) {
            Path dir = root.resolve(e.getKey());
            Files.createDirectories(dir);
            ScoringInput input = e.getValue().get();
            Files.writeString(
                    dir.resolve("input.json"), SchemeDocuments.writeInput(input) + "\n", StandardCharsets.UTF_8);
            var outcome = engine.score(cn.kaohe.scheme.SchemePresets.load(e.getKey()), input);
            Files.writeString(
                    dir.resolve("expected.json"), SchemeDocuments.writeOutcome(outcome) + "\n", StandardCharsets.UTF_8);
            System.out.println("wrote " + dir);
        }
    }
}
