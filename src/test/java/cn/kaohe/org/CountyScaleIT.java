package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data shape of a county (issue 19): two townships, each with its own 党政综合办 (unit names are unique within
 * their parent, V19), cadres in both imported from rosters, and a campaign opened on one township only.
 */
@IntegrationTest
class CountyScaleIT {

    @Autowired
    OrgService org;

    @Autowired
    RosterImport rosters;

    @Autowired
    CampaignService campaigns;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void twoTownshipsWithTheSameOfficeNameLoadAndACampaignOpensOnOneOfThem() {
        time.set("2026-03-02T09:00");
        String tag =
                UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String login = tag.toLowerCase();
        UnitDetail east = org.createUnit("E" + tag, "东山镇" + tag, UnitKind.TOWNSHIP, null, 0, "测试");
        UnitDetail west = org.createUnit("W" + tag, "西河镇" + tag, UnitKind.TOWNSHIP, null, 0, "测试");
        UnitDetail eastOffice = org.createUnit("E" + tag + "-ZHB", "党政综合办", UnitKind.OFFICE, east.id(), 1, "测试");
        UnitDetail westOffice = org.createUnit("W" + tag + "-ZHB", "党政综合办", UnitKind.OFFICE, west.id(), 1, "测试");
        assertThat(eastOffice.id()).isNotEqualTo(westOffice.id());
        // unique within the parent still
        assertThatThrownBy(() -> org.createUnit("E" + tag + "-ZHB2", "党政综合办", UnitKind.OFFICE, east.id(), 2, "测试"))
                .isInstanceOfSatisfying(
                        KaoheException.class, e -> assertThat(e.errorCode()).isEqualTo(OrgError.UNIT_TAKEN));

        // 工号,姓名,性别,单位,职务,职级,人员类别,是否驻村,驻村村名,是否班子成员,班子职务,分管单位,绩考职务,全面负责绩考,登录名,手机,借调单位,借调起止
        // each township's roster names its own township for the leader, so 党政综合办 means that township's office
        rosters.importRoster(
                "east.csv",
                csv(
                        "E" + tag + "-01,李东,男,东山镇" + tag + ",副镇长,副职,在编,否,,是,副镇长,党政综合办,,,le" + login + ",,,",
                        "E" + tag + "-02,王一,男,党政综合办,科员,一般干部,在编,否,,否,,,,,wy" + login + ",,,",
                        "E" + tag + "-03,王二,女,党政综合办,科员,一般干部,在编,否,,否,,,,,we" + login + ",,,"),
                false,
                "测试");
        rosters.importRoster(
                "west.csv",
                csv(
                        "W" + tag + "-01,李西,男,西河镇" + tag + ",副镇长,副职,在编,否,,是,副镇长,党政综合办,,,lw" + login + ",,,",
                        "W" + tag + "-02,赵一,男,W" + tag + "-ZHB,科员,一般干部,在编,否,,否,,,,,zy" + login + ",,,"),
                false,
                "测试");
        assertThat(unitOf("E" + tag + "-02")).isEqualTo(eastOffice.id());
        assertThat(unitOf("E" + tag + "-03")).isEqualTo(eastOffice.id());
        assertThat(unitOf("W" + tag + "-02")).isEqualTo(westOffice.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from supervision s join cadre c on c.id = s.leader_id where c.code = ?"
                                + " and s.unit_id = ?",
                        Integer.class,
                        "W" + tag + "-01",
                        westOffice.id()))
                .isEqualTo(1);

        // a file naming no single township cannot guess which 党政综合办 is meant: the row names both candidates
        assertThatThrownBy(() -> rosters.importRoster(
                        "mixed.csv",
                        csv(
                                "X" + tag + "-01,钱一,男,党政综合办,科员,一般干部,在编,否,,否,,,,,qy" + login + ",,,",
                                "X" + tag + "-02,钱二,男,东山镇" + tag + ",科员,一般干部,在编,否,,否,,,,,qe" + login + ",,,",
                                "X" + tag + "-03,钱三,男,西河镇" + tag + ",科员,一般干部,在编,否,,否,,,,,qs" + login + ",,,"),
                        false,
                        "测试"))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(OrgError.ROSTER_INVALID);
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                            .contains("单位「党政综合办」有")
                            .contains("东山镇" + tag + "/党政综合办")
                            .contains("西河镇" + tag + "/党政综合办")
                            .contains("上级单位/单位名称"));
                });
        // ...and 「上级单位/单位名称」 says it
        rosters.importRoster(
                "explicit.csv",
                csv("X" + tag + "-04,孙一,男,西河镇" + tag + "/党政综合办,科员,一般干部,在编,否,,否,,,,,sy" + login + ",,,"),
                false,
                "测试");
        assertThat(unitOf("X" + tag + "-04")).isEqualTo(westOffice.id());

        long scheme = schemes.importPreset("daligang-2021", null).getId();
        Campaign campaign = campaigns.open(new OpenCampaign(
                        null,
                        east.id(),
                        Cycle.ANNUAL,
                        "2026",
                        scheme,
                        EngineTime.at("2026-03-10T18:00"),
                        EngineTime.at("2026-03-17T18:00"),
                        EngineTime.at("2026-03-24T18:00"))
                .withPayPool(new java.math.BigDecimal("300000")));
        time.runDueJobs();

        List<String> assessed = jdbc.queryForList(
                "select c.code from assessment a join cadre c on c.id = a.cadre_id where a.campaign_id = ? order by c.code",
                String.class,
                campaign.getId());
        assertThat(assessed).containsExactly("E" + tag + "-01", "E" + tag + "-02", "E" + tag + "-03");
        Campaign opened = campaigns.campaign(campaign.getId());
        assertThat(opened.getOpenedCount()).isEqualTo(3);
        assertThat(opened.getStatus().name()).isEqualTo("IN_PROGRESS");
        // the office's cadres are rated by the east leader who supervises their 党政综合办
        assertThat(jdbc.queryForList(
                        "select t.assignee_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                                + " join assessment a on e.business_key_ = 'assessment-' || a.id"
                                + " join cadre c on c.id = a.cadre_id where c.code = ?",
                        String.class,
                        "E" + tag + "-02"))
                .containsExactly("wy" + login);
        assertThat(jdbc.queryForObject(
                        "select l.login_name from assessment a join cadre c on c.id = a.cadre_id"
                                + " join cadre l on l.id = a.leader_id where c.code = ? and a.campaign_id = ?",
                        String.class,
                        "E" + tag + "-02",
                        campaign.getId()))
                .isEqualTo("le" + login);
    }

    private long unitOf(String code) {
        return jdbc.queryForObject("select unit_id from cadre where code = ?", Long.class, code);
    }

    private static byte[] csv(String... rows) {
        return (RosterFixtures.HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
