package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.Gender;
import cn.kaohe.org.LeadershipRole;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.RankingGroups;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import cn.kaohe.scheme.ProcessSettings;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Roster facts and look-back in live campaigns (issue 13, docs/adr/0017): seed 004's ranking groups, months in the unit
 * from the roster history and an exclusion with its reason; seed 002's 连续两年排名最后 across two annual campaigns, kept
 * by the unit when its head changes; seed 003's village 党建 grades rolling into the quarter's pay.
 */
@IntegrationTest
class RosterLookBackIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    RankingGroups rankingGroups;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignExclusions exclusions;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    VillageGrades villageGrades;

    @Autowired
    LiveTownship live;

    @Autowired
    AuditTrail audit;

    @Autowired
    EngineTime time;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** A county of its own: root unit, a deputy who supervises every unit, units each with a head who can log in. */
    final class County {
        final String tag = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        final long root = org.createUnit("ZS" + tag, "钟山区" + tag, UnitKind.TOWNSHIP, null, 0, "测试")
                .id();
        final Map<String, Long> units = new LinkedHashMap<>();
        final Map<String, Long> heads = new LinkedHashMap<>();
        final long deputy = cadre("DEP", "区目标办副主任", root, PostRank.DEPUTY, LeadershipRole.DEPUTY_MAYOR, true);

        long unit(String name) {
            long id = org.createUnit(
                            "ZS" + tag + "-" + units.size(), name + tag, UnitKind.OFFICE, root, units.size(), "测试")
                    .id();
            units.put(name, id);
            heads.put(name, cadre("H" + units.size(), name + "主要负责人", id, PostRank.PRINCIPAL, null, true));
            cadres.supervise(deputy, List.copyOf(units.values()), "分管");
            return id;
        }

        long cadre(String local, String name, long unit, PostRank rank, LeadershipRole role, boolean login) {
            return cadres.create(
                            new CadreCommand(
                                    "ZS" + tag + "-" + local,
                                    name,
                                    Gender.MALE,
                                    unit,
                                    null,
                                    rank,
                                    StaffType.ESTABLISHED,
                                    null,
                                    role,
                                    login ? ("zs" + tag + local).toLowerCase() : null,
                                    null,
                                    null),
                            "测试")
                    .cadre()
                    .id();
        }
    }

    Campaign openAnnual(County c, String year, long scheme) {
        Campaign campaign = campaigns.open(new OpenCampaign(
                null,
                c.root,
                Cycle.ANNUAL,
                year,
                scheme,
                time.now().plusDays(3),
                time.now().plusDays(6),
                time.now().plusDays(9)));
        live.runJobsOf(campaign.getId());
        return campaigns.campaign(campaign.getId());
    }

    Assessment of(Campaign campaign, long unit) {
        return campaigns.assessments(campaign.getId()).stream()
                .filter(a -> a.getSubjectUnitId() == unit)
                .findFirst()
                .orElseThrow();
    }

    JsonNode result(Campaign campaign, long unit) throws Exception {
        return json.readTree(of(campaign, unit).getResult());
    }

    static String code(Throwable e) {
        return ((KaoheException) e).errorCode().code();
    }

    @Test
    void seed004RanksDepartmentsAndTownshipsApartProratesByMonthsInTheUnitAndLeavesTheExcludedUnitOut()
            throws Exception {
        County c = new County();
        time.set("2026-01-12T09:00");
        long fgj = c.unit("发改局");
        long czj = c.unit("财政局");
        long dwz = c.unit("大湾镇");
        long wjz = c.unit("汪家寨镇");
        long daj = c.unit("档案局");
        // 第二十一条 分开评比: the two 镇 are offices in this roster, so the office places them with the 镇乡
        rankingGroups.set(dwz, "镇乡", "镇乡单独评比");
        rankingGroups.set(wjz, "TOWNSHIP", "镇乡单独评比");
        // 职工 张敏 works in 财政局 from January and moves to 发改局 in May (区内调动)
        long zhang = c.cadre("S1", "张敏", czj, PostRank.STAFF, null, false);
        time.set("2026-05-08T09:00");
        cadres.update(
                zhang,
                new CadreCommand(
                        "ZS" + c.tag + "-S1",
                        "张敏",
                        Gender.MALE,
                        fgj,
                        null,
                        PostRank.STAFF,
                        StaffType.ESTABLISHED,
                        null,
                        null,
                        null,
                        null,
                        null),
                null,
                "调入发改局");

        time.set("2026-12-21T09:00");
        long scheme =
                schemes.importPreset("zhongshan-units", ProcessSettings.DEFAULT).getId();
        Campaign campaign = openAnnual(c, "2026", scheme);
        assertThat(campaigns.assessments(campaign.getId())).hasSize(5);

        // 第二十九条 不参与年度考核的单位: the office takes 档案局 out, with a reason; none → 400 naming the field
        assertThatThrownBy(() ->
                        exclusions.exclude(campaign.getId(), of(campaign, daj).getId(), " "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-070"))
                .satisfies(e -> assertThat(((KaoheException) e).errorCode().httpStatus())
                        .isEqualTo(400))
                .satisfies(
                        e -> assertThat(((KaoheException) e).problems().get(0).field())
                                .isEqualTo("reason"));
        assertThat(of(campaign, daj).getExcludedReason()).isNull();
        exclusions.exclude(campaign.getId(), of(campaign, daj).getId(), "不参与年度考核");
        assertThat(audit.history("Assessment", String.valueOf(of(campaign, daj).getId())))
                .anySatisfy(r -> {
                    assertThat(r.getAction()).isEqualTo("ASSESSMENT_EXCLUDED");
                    assertThat(r.getReason()).isEqualTo("不参与年度考核");
                });

        // 第十二条(三) 综合评定分 by the 区目标管理领导小组 (0–5)
        List<GroupRatings.Entry> overall = new ArrayList<>();
        for (String unit : List.of("发改局", "财政局", "大湾镇", "汪家寨镇")) {
            overall.add(new GroupRatings.Entry(
                    c.heads.get(unit), "TARGET_COMMITTEE", "overall", BigDecimal.valueOf(5), null, null));
        }
        groupRatings.enter(campaign.getId(), overall, "综合评定");
        campaigns.rank(campaign.getId());
        // the target register is another branch's: the committee sets each unit's 工作目标基本分 (审议调整)
        campaigns.adjust(of(campaign, fgj).getId(), "basic", "100", "目标完成情况核定");
        campaigns.adjust(of(campaign, czj).getId(), "basic", "80", "目标完成情况核定");
        campaigns.adjust(of(campaign, dwz).getId(), "basic", "100", "目标完成情况核定");
        campaigns.adjust(of(campaign, wjz).getId(), "basic", "80", "目标完成情况核定");
        Campaign ranked = campaigns.campaign(campaign.getId());

        // 发改局 105 一等奖 among the 区直部门: 主要领导3000; 张敏 职工2200 × 8/12 (第二十四条: May–December in 发改局) = 1466.67
        // → 1467 元 (whole yuan, half up)
        JsonNode fgjPay = result(ranked, fgj).path("pay");
        assertThat(result(ranked, fgj).path("gradeLabel").asText()).isEqualTo("一等奖");
        assertThat(result(ranked, fgj).path("group").asText()).isEqualTo("DEPARTMENT");
        Map<String, BigDecimal> fgjMembers = members(fgjPay);
        assertThat(fgjMembers.get(String.valueOf(c.heads.get("发改局")))).isEqualByComparingTo("3000");
        assertThat(fgjMembers.get(String.valueOf(zhang))).isEqualByComparingTo("1467");
        // 财政局 85 不合格: 第二十八条 区直部门 主要领导罚款2000元; 张敏 (4 months there) is 职工: no fine
        assertThat(result(ranked, czj).path("gradeLabel").asText()).isEqualTo("不合格");
        Map<String, BigDecimal> czjMembers = members(result(ranked, czj).path("pay"));
        assertThat(czjMembers.get(String.valueOf(c.heads.get("财政局")))).isEqualByComparingTo("-2000");
        // 大湾镇 105 一等奖 among the 镇乡: 20万元 (第二十一条(二)); 汪家寨镇 85 不合格: 罚款5万元 (第二十八条)
        assertThat(result(ranked, dwz).path("group").asText()).isEqualTo("TOWNSHIP");
        assertThat(result(ranked, dwz).path("gradeLabel").asText()).isEqualTo("一等奖");
        assertThat(new BigDecimal(result(ranked, dwz).at("/pay/gross").asText()))
                .isEqualByComparingTo("200000");
        assertThat(new BigDecimal(result(ranked, wjz).at("/pay/gross").asText()))
                .isEqualByComparingTo("-50000");
        // each group has its own ranking: both 发改局 and 大湾镇 are first
        assertThat(of(ranked, fgj).getRankNo()).isEqualTo(1);
        assertThat(of(ranked, dwz).getRankNo()).isEqualTo(1);
        // 档案局: its reason and no rank
        Assessment excluded = of(ranked, daj);
        assertThat(excluded.getRankNo()).isNull();
        assertThat(excluded.getGrade()).isNull();
        assertThat(excluded.getResult()).contains("不参加本期考核排名：不参与年度考核");

        // after the ranking the office can no longer change who takes part
        assertThatThrownBy(() -> exclusions.include(campaign.getId(), excluded.getId(), "补充参加"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-071"));
        assertThat(of(ranked, daj).getExcludedReason()).isEqualTo("不参与年度考核");
    }

    static Map<String, BigDecimal> members(JsonNode pay) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        pay.path("members")
                .forEach(m -> out.put(
                        m.path("memberId").asText(),
                        new BigDecimal(m.path("amount").asText())));
        return out;
    }

    /**
     * Seed 002 (镇内部科室绩效考核) as an office would copy it when it has no quarterly campaigns or online sheets on file:
     * 业绩评价 and 履职评价 entered by the 内部绩效管理办公室. Everything else, 连续两年排名最后 included, is the preset's.
     */
    long seed002RatedByTheOffice(String tag) throws Exception {
        String preset;
        try (var in = getClass().getResourceAsStream("/schemes/town-office-internal.yaml")) {
            preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String copy = preset.replace("code: town-office-internal", "code: town-office-internal-" + tag.toLowerCase())
                .replaceAll(
                        "(?s)    source: PERIODS\\n.*?weight: 0\\.6\\}\\n",
                        """
                            source: RATING
                            points: 100
                            weight: 0.7
                            ratingSets:
                              - components: [{raterGroup: ASSESSMENT_OFFICE, name: 内部绩效管理办公室, weight: 1}]
                        """);
        // 履职评价 (班子成员50%、部门负责人30%、村"一肩挑"20%) entered by the office as the sheets' weighted result
        copy = copy.replaceAll(
                "(?s)          - \\{raterGroup: LEADERSHIP.*?weight: 0\\.2\\}\n",
                "          - {raterGroup: ASSESSMENT_OFFICE, name: 履职评价（三方测评加权）, weight: 1}\n");
        assertThat(copy).contains("ASSESSMENT_OFFICE").doesNotContain("source: PERIODS", "VILLAGE_SECRETARIES");
        return schemes.create(copy, SchemeDocuments.Format.YAML, ProcessSettings.DEFAULT)
                .getId();
    }

    Campaign rankedYear(County c, String year, long scheme, Map<String, Integer> performance) {
        time.set(year + "-12-21T09:00");
        Campaign campaign = openAnnual(c, year, scheme);
        List<GroupRatings.Entry> entries = new ArrayList<>();
        for (Assessment a : campaigns.assessments(campaign.getId())) {
            String unit = c.units.entrySet().stream()
                    .filter(e -> e.getValue().equals(a.getSubjectUnitId()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            BigDecimal p = BigDecimal.valueOf(performance.get(unit));
            entries.add(new GroupRatings.Entry(a.getCadreId(), "ASSESSMENT_OFFICE", "performance", p, null, null));
            entries.add(new GroupRatings.Entry(a.getCadreId(), "ASSESSMENT_OFFICE", "duty", p, null, null));
        }
        groupRatings.enter(campaign.getId(), entries, year + "年度科室考评");
        campaigns.rank(campaign.getId());
        return campaigns.campaign(campaign.getId());
    }

    @Test
    void lastTwoYearsRunningIsPoorAndStaysWithTheUnitWhenItsHeadChanges() throws Exception {
        County c = new County();
        time.set("2025-01-06T09:00");
        for (String unit : List.of("党政办", "经发办", "社事办", "综治办", "农业办")) {
            c.unit(unit);
        }
        long scheme = seed002RatedByTheOffice(c.tag);
        Map<String, Integer> scores = Map.of("党政办", 95, "经发办", 90, "社事办", 85, "综治办", 80, "农业办", 75);
        Campaign y2025 = rankedYear(c, "2025", scheme, scores);
        long nyb = c.units.get("农业办");
        assertThat(of(y2025, nyb).getRankNo()).isEqualTo(5);
        assertThat(of(y2025, nyb).getGrade()).isEqualTo("FAIR");
        campaigns.decide(y2025.getId(), true, "审议通过");
        campaigns.finalise(y2025.getId());

        // 农业办 gets a new head in 2026: the result of 2025 is the unit's, not the old head's
        time.set("2026-03-02T09:00");
        long oldHead = c.heads.get("农业办");
        cadres.deactivate(oldHead, "调离");
        c.cadre("H9", "农业办新主任", nyb, PostRank.PRINCIPAL, null, true);
        Campaign y2026 = rankedYear(c, "2026", scheme, scores);
        assertThat(of(y2026, nyb).getCadreId()).isNotEqualTo(oldHead);
        // seed 002 四(二)5: 连续两年排名最后的，确定为较差等次
        assertThat(of(y2026, nyb).getRankNo()).isEqualTo(5);
        assertThat(of(y2026, nyb).getGrade()).isEqualTo("POOR");
        assertThat(of(y2026, nyb).getResult()).contains("连续两年排名最后");
        // 综治办, fourth in both years, is not
        assertThat(of(y2026, c.units.get("综治办")).getGrade()).isNotEqualTo("POOR");
    }

    @Test
    void aVillageFailingAMonthAndLastInAnotherCostsItsResidentsTheQuartersPay() {
        String tag = "vg" + UUID.randomUUID().toString().substring(0, 4);
        LiveTownship.Township t = live.township(tag);
        long dongfeng = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, "LV" + tag);
        long township = jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, dongfeng);
        long xinhe = org.createUnit("LV2" + tag, t.name() + "新河村", UnitKind.VILLAGE, township, 3, "测试")
                .id();
        long shuangqiao = org.createUnit("LV3" + tag, t.name() + "双桥村", UnitKind.VILLAGE, township, 4, "测试")
                .id();
        time.set("2026-10-08T09:00");
        // seed 003 六3: 90分及以上为优秀、80-89合格、70-79基本合格、70分以下不合格
        villageGrades.record(
                dongfeng, YearMonth.of(2026, 6), new BigDecimal("60"), "office", null); // Q2: not this quarter
        villageGrades.record(dongfeng, YearMonth.of(2026, 7), new BigDecimal("65"), "office", null); // 不合格
        villageGrades.record(xinhe, YearMonth.of(2026, 7), new BigDecimal("92"), "office", null);
        villageGrades.record(shuangqiao, YearMonth.of(2026, 7), new BigDecimal("88"), "office", null);
        villageGrades.record(dongfeng, YearMonth.of(2026, 8), new BigDecimal("85"), "office", null); // 合格, 3rd of 3
        villageGrades.record(xinhe, YearMonth.of(2026, 8), new BigDecimal("95"), "office", null);
        villageGrades.record(shuangqiao, YearMonth.of(2026, 8), new BigDecimal("90"), "office", null);
        assertThatThrownBy(() ->
                        villageGrades.record(dongfeng, YearMonth.of(2026, 9), new BigDecimal("120"), "office", null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-073"))
                .satisfies(
                        e -> assertThat(((KaoheException) e).problems().get(0).field())
                                .isEqualTo("score"));
        assertThat(villageGrades.of(List.of(dongfeng), YearMonth.of(2026, 7), YearMonth.of(2026, 9)))
                .extracting(g -> g.period() + " " + g.grade() + " " + g.rank() + "/" + g.rankCount())
                .containsExactly("2026-07 不合格 3/3", "2026-08 合格 3/3");

        Campaign september = live.ranked(
                t, "2026-09", "2026-Q3", OffsetDateTime.parse("2026-10-09T09:00+08:00"), LiveTownship.MARCH_SCORES);
        // 李秀英 (c1) is resident in 东风村 and graded B (130 元, seed 003 五): 六3 每季度中有2个月党建工作考核不合格或在
        // 乡镇(场)排名后2名的村 — July 不合格 and August last of three: the quarter's pay is withheld
        Assessment resident = september(september, t.cadreIds().get(1));
        assertThat(resident.getGrade()).isEqualTo("B");
        assertThat(resident.getPay()).isEqualByComparingTo("0");
        assertThat(resident.getResult()).contains("2026-07、2026-08 共 2 次");
        // 张伟 (c2), B, not resident: paid
        assertThat(september(september, t.cadreIds().get(2)).getPay()).isEqualByComparingTo("130");
    }

    Assessment september(Campaign c, long cadre) {
        return campaigns.assessments(c.getId()).stream()
                .filter(a -> a.getCadreId() == cadre)
                .findFirst()
                .orElseThrow();
    }
}
