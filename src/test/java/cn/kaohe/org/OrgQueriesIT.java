package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

@IntegrationTest
class OrgQueriesIT {

    @Autowired
    OrgService org;

    @Autowired
    RosterImport rosterImport;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    cn.kaohe.support.TestUsers users;

    /** The office reads and changes the organisation (requests authenticated with HTTP Basic). */
    TestRestTemplate rest;

    TestTownship t;
    OrgHttp http;

    // 工号,姓名,性别,单位,职务,职级,人员类别,是否驻村,驻村村名,是否班子成员,班子职务,分管单位,绩考职务,全面负责绩考,登录名,手机,借调单位,借调起止
    @BeforeEach
    void township() {
        rest = users.office(anonymous);
        t = new TestTownship(org);
        http = new OrgHttp(rest);
        rosterImport.importRoster(
                "t.csv",
                t.csv(
                        "T{T}-01,王锋,男,@镇,党委书记,主要负责人,在编,,,是,党委书记,,,,,,,",
                        "T{T}-02,周凤,女,@镇,组织委员,副职,在编,,,是,组织委员,@党建办,,,,,,",
                        "T{T}-03,邓光明,男,@镇,副镇长,副职,在编,,,是,副镇长,@财政所、@栗山村,,,,,,",
                        "T{T}-04,何浩,男,@镇,副镇长,副职,在编,,,是,副镇长,@党建办,,,,,,",
                        "T{T}-11,陈堃,男,@党建办,党建办主任,主要负责人,在编,,,,,,,,,,,",
                        "T{T}-12,谭玥,女,@党建办,科员,一般干部,聘用,是,@栗山村,,,,,,,,,",
                        "T{T}-13,刘喆,男,@档案室,档案员,一般干部,非在编,,,,,,,,,,,",
                        "T{T}-21,邱志强,男,@财政所,所长,主要负责人,在编,是,@新街社区,,,,,,,,,",
                        "T{T}-22,薛敏,女,@财政所,出纳,一般干部,借调,,,,,,,,,,县财政局,2021-01~2021-06"),
                false,
                "测试");
    }

    private long id(String local) {
        return org.cadreByCode(t.code(local)).cadre().id();
    }

    @Test
    void theTreeHoldsTheTownshipWithItsUnitsInOrderAndCountsCadres() {
        JsonNode tree = http.get("/api/units").body();
        JsonNode township = null;
        for (JsonNode root : tree) {
            if (root.get("id").asLong() == t.township.id()) {
                township = root;
            }
        }
        assertThat(township).isNotNull();
        assertThat(township.get("kindLabel").asText()).isEqualTo("镇");
        assertThat(township.get("cadreCount").asInt()).isEqualTo(4);
        List<String> children = new ArrayList<>();
        township.get("children").forEach(c -> children.add(c.get("name").asText()));
        assertThat(children).containsExactly(t.finance.name(), t.office.name(), t.village.name(), t.community.name());
        JsonNode office = township.get("children").get(1);
        assertThat(office.get("cadreCount").asInt()).isEqualTo(2);
        assertThat(office.get("children").get(0).get("name").asText()).isEqualTo(t.archive.name());
    }

    @Test
    void oneUnitNamesItsParentChildrenAndSupervisingLeaders() {
        UnitDetail office = org.unit(t.office.id());

        assertThat(office.parent().id()).isEqualTo(t.township.id());
        assertThat(office.children()).extracting(UnitRef::name).containsExactly(t.archive.name());
        // leaders in protocol order of their roles (副镇长 before 组织委员), then by 工号
        assertThat(office.supervisingLeaders()).extracting(CadreRef::name).containsExactly("何浩", "周凤");
        assertThat(office.cadreCount()).isEqualTo(2);
    }

    @Test
    void aUnitsCadresWithOrWithoutItsSubunits() {
        assertThat(http.get("/api/units/" + t.office.id() + "/cadres").body())
                .extracting(n -> n.get("name").asText())
                .containsExactly("陈堃", "谭玥");
        assertThat(http.get("/api/units/" + t.office.id() + "/cadres?includeSubunits=true")
                        .body())
                .extracting(n -> n.get("name").asText())
                .containsExactly("陈堃", "谭玥", "刘喆");
    }

    @Test
    void theCadresALeaderSupervisesAreThoseOfTheSupervisedUnitsAndTheirSubunits() {
        assertThat(org.supervisedCadres(id("02")))
                .extracting(CadreSummary::name)
                .containsExactly("陈堃", "谭玥", "刘喆");
        assertThat(org.supervisedCadres(id("03")))
                .extracting(CadreSummary::name)
                .containsExactly("邱志强", "薛敏");
        // 书记 supervises no unit (seed 000 一: 书记、镇长取全体机关干部平均分, not a 分管 relation)
        assertThat(org.supervisedCadres(id("01"))).isEmpty();
        assertThat(http.get("/api/cadres/" + id("04") + "/supervised-cadres").body())
                .extracting(n -> n.get("code").asText())
                .containsExactly(t.code("11"), t.code("12"), t.code("13"));
    }

    @Test
    void aCadresSupervisingLeadersAreWhoeverSupervisesTheirUnitOrAUnitAboveIt() {
        assertThat(org.supervisingLeaders(id("13"))).extracting(CadreRef::name).containsExactly("何浩", "周凤");
        assertThat(org.supervisingLeaders(id("22"))).extracting(CadreRef::name).containsExactly("邓光明");
        assertThat(org.supervisingLeaders(id("02"))).isEmpty();
        assertThat(http.get("/api/cadres/" + id("12") + "/supervising-leaders").body())
                .extracting(n -> n.get("name").asText())
                .containsExactly("何浩", "周凤");
    }

    @Test
    void theSupervisionOverviewListsEachLeaderWithUnitsAndHowManyCadres() {
        List<LeaderSupervision> all = org.supervision().stream()
                .filter(s -> s.leader().code().startsWith("T" + t.tag))
                .toList();

        assertThat(all).extracting(s -> s.leader().name()).containsExactly("王锋", "邓光明", "何浩", "周凤");
        LeaderSupervision deng = all.get(1);
        assertThat(deng.roleLabel()).isEqualTo("副镇长");
        assertThat(deng.units()).extracting(UnitRef::name).containsExactly(t.finance.name(), t.village.name());
        assertThat(deng.supervisedCadreCount()).isEqualTo(2);
    }

    @Test
    void theCadreListFiltersByUnitTextStaffTypeAndVillageResidency() {
        String unit = "/api/cadres?unit=" + t.township.id();
        assertThat(names(unit)).hasSize(9);
        assertThat(names("/api/cadres?unit=" + t.office.id())).containsExactly("陈堃", "谭玥", "刘喆");
        assertThat(names(unit + "&villageResident=true")).containsExactly("邱志强", "谭玥");
        assertThat(names(unit + "&staffType=SECONDED")).containsExactly("薛敏");
        assertThat(names(unit + "&staffType=NON_ESTABLISHED")).containsExactly("刘喆");
        assertThat(names("/api/cadres?q=" + t.code("2"))).containsExactly("邱志强", "薛敏");
    }

    @Test
    void deactivatingACadreIsAuditedAndTakesThemOutOfListsAndSupervision() {
        long tan = id("12");

        var answer = http.send(HttpMethod.POST, "/api/cadres/" + tan + "/deactivate", "{\"reason\":\"调离本镇\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/cadre/active").asBoolean()).isFalse();
        assertThat(names("/api/cadres?unit=" + t.office.id())).containsExactly("陈堃", "刘喆");
        assertThat(names("/api/cadres?unit=" + t.office.id() + "&active=false")).containsExactly("谭玥");
        assertThat(org.supervisedCadres(id("02")))
                .extracting(CadreSummary::name)
                .containsExactly("陈堃", "刘喆");
        AuditRecord record = auditTrail.history("Cadre", t.code("12")).get(1);
        assertThat(record.getAction()).isEqualTo("CADRE_DEACTIVATED");
        assertThat(record.getReason()).isEqualTo("调离本镇");
        assertThat(record.getBeforeState()).contains("\"active\":true");
        assertThat(record.getAfterState()).contains("\"active\":false");

        var again = http.send(HttpMethod.POST, "/api/cadres/" + tan + "/deactivate", "{\"reason\":\"再次\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("ORG-013");
        assertThat(again.body().get("message").asText()).isEqualTo("干部已停用：谭玥（" + t.code("12") + "）");
    }

    @Test
    void changingWhatALeaderSupervisesIsAudited() {
        long deng = id("03");
        String body = "{\"unitIds\":[" + t.office.id() + "],\"reason\":\"班子分工调整\"}";

        var answer = http.send(HttpMethod.PUT, "/api/cadres/" + deng + "/supervised-units", body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(org.supervisingLeaders(id("11"))).extracting(CadreRef::name).containsExactly("邓光明", "何浩", "周凤");
        assertThat(org.supervisingLeaders(id("21"))).isEmpty();
        AuditRecord record = auditTrail.history("Cadre", t.code("03")).get(1);
        assertThat(record.getAction()).isEqualTo("SUPERVISION_CHANGED");
        assertThat(record.getReason()).isEqualTo("班子分工调整");
        assertThat(record.getBeforeState()).contains(t.finance.code(), t.village.code());
        assertThat(record.getAfterState()).contains(t.office.code()).doesNotContain(t.finance.code());
    }

    @Test
    void onlyALeadershipMemberCanSupervise() {
        String body = "{\"unitIds\":[" + t.office.id() + "],\"reason\":\"试试\"}";

        var answer = http.send(HttpMethod.PUT, "/api/cadres/" + id("11") + "/supervised-units", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("code").asText()).isEqualTo("ORG-014");
        assertThat(answer.body().get("message").asText()).isEqualTo("分管关系有误：陈堃不是班子成员");
        assertThat(answer.body().at("/problems/0/field").asText()).isEqualTo("leaderId");
    }

    private List<String> names(String path) {
        List<String> names = new ArrayList<>();
        http.get(path).body().forEach(n -> names.add(n.get("name").asText()));
        return names;
    }
}
