package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.Gender;
import cn.kaohe.org.LiaisonVillages;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 000 三(一) 联村工作 in a live annual campaign (issue 13, docs/adr/0017 addendum): "中途涉及到的人员异动，如未安排驻村，
 * 则按照所在办联系的村确定分值" — a cadre who moved during the year and is not resident in a village takes the grade of the
 * village his office liaises with (所在办联系的村); a cadre who did not move keeps "未参与驻村的机关干部，取各村平均值".
 */
@IntegrationTest
class LiaisonVillageIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    LiaisonVillages liaisonVillages;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignInputs inputs;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    LiveTownship live;

    @Autowired
    AuditTrail audit;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final String tag = String.format(
            "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));

    @AfterEach
    void resetClock() {
        time.reset();
    }

    long unit(String local, String name, UnitKind kind, Long parent) {
        return org.createUnit("LX" + tag + local, name + tag, kind, parent, 0, "测试")
                .id();
    }

    CadreCommand command(String local, String name, long unit, Long village) {
        return new CadreCommand(
                "LX" + tag + "-" + local,
                name,
                Gender.FEMALE,
                unit,
                null,
                PostRank.STAFF,
                StaffType.ESTABLISHED,
                village,
                null,
                ("lx" + tag + local).toLowerCase(),
                null,
                null);
    }

    long cadre(String local, String name, long unit, Long village) {
        return cadres.create(command(local, name, unit, village), "测试").cadre().id();
    }

    void move(long cadre, String local, String name, long unit) {
        cadres.update(cadre, command(local, name, unit, null), null, "调动");
    }

    /** Seed 000 as an office would copy it when its committee rates on paper: 中心工作 entered by the office. */
    long daligangRatedByTheOffice() throws Exception {
        String preset;
        try (var in = getClass().getResourceAsStream("/schemes/daligang-2021.yaml")) {
            preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String copy = preset.replace("code: daligang-2021", "code: daligang-2021-" + tag.toLowerCase())
                .replace(
                        "{raterGroup: COMMITTEE, name: 绩效考核领导小组测评, weight: 1}",
                        "{raterGroup: ASSESSMENT_OFFICE, name: 绩效考核领导小组测评（纸质）, weight: 1}");
        assertThat(copy).contains("ASSESSMENT_OFFICE").contains("fallback: AVERAGE_OF_RATED");
        return schemes.create(copy, SchemeDocuments.Format.YAML, ProcessSettings.DEFAULT)
                .getId();
    }

    static KaoheException refused(Throwable e) {
        return (KaoheException) e;
    }

    @Test
    void aCadreWhoMovedMidYearWithoutAVillageTakesHisOfficesLiaisonVillageGrade() throws Exception {
        time.set("2026-01-05T09:00");
        long township = unit("T", "大栗港镇", UnitKind.TOWNSHIP, null);
        long dzb = unit("A", "党政办", UnitKind.OFFICE, township);
        long jfb = unit("B", "经发办", UnitKind.OFFICE, township);
        long dongfeng = unit("V1", "东风村", UnitKind.VILLAGE, township);
        long xinhe = unit("V2", "新河村", UnitKind.VILLAGE, township);
        long elsewhere = unit("T2", "别镇", UnitKind.TOWNSHIP, null);
        long otherVillage = unit("W", "别镇村", UnitKind.VILLAGE, elsewhere);

        // 党政办 联系新河村; bad input answers 400 naming the field and changes nothing
        liaisonVillages.set(dzb, xinhe, "年初联村安排文件");
        for (long bad : List.of(jfb, otherVillage, township, 987654321L)) {
            assertThatThrownBy(() -> liaisonVillages.set(dzb, bad, "改联系村"))
                    .isInstanceOfSatisfying(KaoheException.class, e -> {
                        assertThat(e.errorCode().code()).isEqualTo("ORG-040");
                        assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                        assertThat(e.problems().get(0).field()).isEqualTo("liaisonVillageId");
                    });
        }
        assertThatThrownBy(() -> liaisonVillages.set(dongfeng, xinhe, "村不能联系村"))
                .satisfies(e -> assertThat(refused(e).problems().get(0).field()).isEqualTo("liaisonVillageId"));
        assertThatThrownBy(() -> liaisonVillages.set(dzb, dongfeng, " "))
                .satisfies(e -> assertThat(refused(e).problems().get(0).field()).isEqualTo("reason"));
        assertThat(liaisonVillages.of(List.of(dzb, jfb))).hasSize(1).hasEntrySatisfying(dzb, v -> assertThat(v.id())
                .isEqualTo(xinhe));
        assertThat(audit.history("OrgUnit", "LX" + tag + "A"))
                .filteredOn(r -> r.getAction().equals("UNIT_LIAISON_VILLAGE_CHANGED"))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo("年初联村安排文件"));

        long r1 = cadre("R1", "驻东风村", dzb, dongfeng);
        long r2 = cadre("R2", "驻新河村", jfb, xinhe);
        long stay = cadre("S", "未调动", dzb, null);
        long mover = cadre("M", "调入党政办", jfb, null);
        long mover2 = cadre("N", "调入经发办", dzb, null);
        // 中途涉及到的人员异动: 经发办 → 党政办 in June, 党政办 → 经发办 (no liaison village) in July
        time.set("2026-06-08T09:00");
        move(mover, "M", "调入党政办", dzb);
        time.set("2026-07-06T09:00");
        move(mover2, "N", "调入经发办", jfb);

        time.set("2026-12-21T09:00");
        long scheme = daligangRatedByTheOffice();
        Campaign opened = campaigns.open(new OpenCampaign(
                        null,
                        township,
                        Cycle.ANNUAL,
                        "2026",
                        scheme,
                        time.now().plusDays(3),
                        time.now().plusDays(6),
                        time.now().plusDays(9))
                .withPayPool(new BigDecimal("50000")));
        live.runJobsOf(opened.getId());
        long id = opened.getId();
        assertThat(campaigns.assessments(id)).hasSize(5);

        // 按照各村（社区）目标管理考核等次计分: 东风村 优秀 (300), 新河村 合格 (260), entered for their resident cadres
        List<GroupRatings.Entry> entries = new ArrayList<>();
        entries.add(new GroupRatings.Entry(r1, "GRADE", "liaison", null, "优秀", null));
        entries.add(new GroupRatings.Entry(r2, "GRADE", "liaison", null, "合格", null));
        for (long c : List.of(r1, r2, stay, mover, mover2)) {
            entries.add(new GroupRatings.Entry(c, "ASSESSMENT_OFFICE", "central", BigDecimal.valueOf(90), null, null));
        }
        groupRatings.enter(id, entries, "各村目标管理考核等次、中心工作测评");

        // the checklist names the office a moved cadre belongs to that has no liaison village; it does not block
        CampaignInputs.Item item = inputs.checklist(id).items().stream()
                .filter(i -> i.code().equals("LIAISON_VILLAGES"))
                .findFirst()
                .orElseThrow();
        assertThat(item.complete()).isTrue();
        assertThat(item.missing()).containsExactly("经发办" + tag + "（调入经发办）");

        campaigns.rank(id);
        // seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值 — 新河村 合格 260
        JsonNode moved = result(id, mover);
        assertThat(liaison(moved)).isEqualByComparingTo("260");
        assertThat(moved.toString()).contains("联村工作：年中调动，未安排驻村，按所在办联系的村（新河村" + tag + "）等次“合格”计 260 分");
        // 三类情形未参与驻村的机关干部，取各村平均值: (300 + 260) / 2 = 280 for the cadre who did not move
        JsonNode stayed = result(id, stay);
        assertThat(liaison(stayed)).isEqualByComparingTo("280");
        assertThat(stayed.toString()).contains("联村工作：未驻村，取各村平均值 280 分").doesNotContain("年中调动");
        // 经发办 has no liaison village: today's reading
        assertThat(liaison(result(id, mover2))).isEqualByComparingTo("280");
        // residents keep their village's grade
        assertThat(liaison(result(id, r1))).isEqualByComparingTo("300");
        assertThat(liaison(result(id, r2))).isEqualByComparingTo("260");
    }

    static BigDecimal liaison(JsonNode result) {
        return new BigDecimal(result.at("/categoryScores/liaison").asText());
    }

    JsonNode result(long campaignId, long cadre) throws Exception {
        Assessment a = campaigns.assessments(campaignId).stream()
                .filter(x -> x.getCadreId() == cadre)
                .findFirst()
                .orElseThrow();
        assertThat(a.getResult()).as("ranked result of %s", cadre).isNotNull();
        return json.readTree(a.getResult());
    }
}
