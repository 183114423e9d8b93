package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The roster history (docs/adr/0017): a change of unit or post through the API or the roster import closes the current
 * term and opens a new one; the office corrects a cadre's history, never with a term ending before it starts or two
 * terms sharing a month (400 naming the field, nothing changed); a unit's ranking group (seed 004 第二十一条).
 */
@IntegrationTest
class PostHistoryIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    PostHistory history;

    @Autowired
    RankingGroups groups;

    @Autowired
    RosterImport roster;

    @Autowired
    AuditTrail audit;

    @Autowired
    EngineTime time;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    cn.kaohe.support.TestUsers users;

    TestTownship t;
    OrgHttp http;

    @BeforeEach
    void township() {
        t = new TestTownship(org);
        http = new OrgHttp(users.office(anonymous));
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    CadreCommand command(String local, long unit, PostRank rank) {
        return new CadreCommand(
                t.code(local),
                "孟" + local,
                Gender.MALE,
                unit,
                "干事",
                rank,
                StaffType.ESTABLISHED,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aTransferInMayEndsTheOldTermInAprilAndStartsTheNewOneInMay() {
        time.set("2026-01-15T09:00");
        long id = cadres.create(command("01", t.office.id(), PostRank.STAFF), "新进人员")
                .cadre()
                .id();
        assertThat(history.of(id)).singleElement().satisfies(p -> assertThat(p.fromMonth())
                .as("since before the history")
                .isNull());

        time.set("2026-05-06T09:00");
        cadres.update(id, command("01", t.finance.id(), PostRank.DEPUTY), null, "调任财政所副所长");
        List<PostTerm> terms = history.of(id);
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0).unitId()).isEqualTo(t.office.id());
        assertThat(terms.get(0).toMonth()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(terms.get(1).unitId()).isEqualTo(t.finance.id());
        assertThat(terms.get(1).postRank()).isEqualTo(PostRank.DEPUTY);
        assertThat(terms.get(1).fromMonth()).isEqualTo(YearMonth.of(2026, 5));
        // seed 004 第二十四条 区内调动人员由调动前后所在单位分段按月计发: 4 months in 党建办, 8 in 财政所
        assertThat(terms.get(0).monthsIn(2026)).isEqualTo(4);
        assertThat(terms.get(1).monthsIn(2026)).isEqualTo(8);

        // a second change in the same month corrects May's term instead of adding a term of no months
        cadres.update(id, command("01", t.finance.id(), PostRank.PRINCIPAL), null, "更正为所长");
        assertThat(history.of(id)).hasSize(2).last().satisfies(p -> assertThat(p.postRank())
                .isEqualTo(PostRank.PRINCIPAL));
    }

    @Test
    void reImportingTheRosterWithANewUnitWritesTheHistory() {
        time.set("2026-03-02T09:00");
        roster.importRoster("一月.csv", t.csv("T{T}-60,石磊,男,@党建办,科员,,在编,,,,,,,,,,,"), false, "年初花名册");
        long id = org.cadres(new CadreFilter(t.township.id(), t.code("60"), null, null, true))
                .get(0)
                .id();
        time.set("2026-07-01T09:00");
        roster.importRoster("七月.csv", t.csv("T{T}-60,石磊,男,@财政所,科员,,在编,,,,,,,,,,,"), false, "七月花名册");
        List<PostTerm> terms = history.of(id);
        assertThat(terms).extracting(PostTerm::unitId).containsExactly(t.office.id(), t.finance.id());
        assertThat(terms.get(1).fromMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(audit.history("Cadre", t.code("60")))
                .anySatisfy(r -> assertThat(r.getReason()).isEqualTo("七月花名册"));
    }

    @Test
    void aTermEndingBeforeItStartsOrTwoOverlappingTermsAreRefusedNamingTheField() {
        long id = cadres.create(command("02", t.office.id(), PostRank.STAFF), "新进人员")
                .cadre()
                .id();
        List<PostTerm> before = history.of(id);

        var backwards = http.send(
                HttpMethod.PUT,
                "/api/cadres/" + id + "/posts",
                "{\"terms\":[{\"unitId\":" + t.office.id()
                        + ",\"postRank\":\"STAFF\",\"fromMonth\":\"2026-05\",\"toMonth\":\"2026-03\"}],"
                        + "\"reason\":\"补录任职经历\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("code").asText()).isEqualTo("ORG-030");
        assertThat(backwards.body().at("/problems/0/field").asText()).isEqualTo("terms[0].toMonth");
        assertThat(backwards.body().at("/problems/0/message").asText()).contains("早于开始月份");

        var overlapping = http.send(
                HttpMethod.PUT,
                "/api/cadres/" + id + "/posts",
                "{\"terms\":[{\"unitId\":" + t.office.id()
                        + ",\"postRank\":\"STAFF\",\"fromMonth\":\"2025-01\",\"toMonth\":\"2026-05\"},"
                        + "{\"unitId\":" + t.finance.id() + ",\"postRank\":\"STAFF\",\"fromMonth\":\"2026-05\"}],"
                        + "\"reason\":\"补录任职经历\"}");
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.body().at("/problems/0/field").asText()).isEqualTo("terms[1].fromMonth");
        assertThat(overlapping.body().at("/problems/0/message").asText()).contains("重叠");
        assertThat(history.of(id)).as("nothing changed").isEqualTo(before);

        // a new hire's first month, entered by the office: May (seed 004 第二十四条 按其工作月份计发 → 8 months)
        var hired = http.send(
                HttpMethod.PUT,
                "/api/cadres/" + id + "/posts",
                "{\"terms\":[{\"unitId\":" + t.office.id() + ",\"postRank\":\"STAFF\",\"fromMonth\":\"2026-05\"}],"
                        + "\"reason\":\"2026年5月新录用\"}");
        assertThat(hired.status()).isEqualTo(200);
        assertThat(history.of(id)).singleElement().satisfies(p -> assertThat(p.monthsIn(2026))
                .isEqualTo(8));
        assertThat(audit.history("Cadre", t.code("02"))).anySatisfy(r -> {
            assertThat(r.getAction()).isEqualTo("CADRE_POST_HISTORY_CHANGED");
            assertThat(r.getReason()).isEqualTo("2026年5月新录用");
        });
    }

    @Test
    void aUnitIsRankedInTheGroupOfItsKindUnlessTheOfficePlacesIt() {
        // seed 004 第二十一条: 区直部门、镇乡和街道分开评比
        assertThat(groups.of(List.of(t.township.id(), t.office.id(), t.village.id())))
                .containsEntry(t.township.id(), RankingGroup.TOWNSHIP)
                .containsEntry(t.office.id(), RankingGroup.DEPARTMENT)
                .doesNotContainKey(t.village.id());
        var placed = http.send(
                HttpMethod.PUT,
                "/api/units/" + t.finance.id() + "/ranking-group",
                "{\"rankingGroup\":\"街道\",\"reason\":\"按街道参加评比\"}");
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.body().get("rankingGroup").asText()).isEqualTo("SUBDISTRICT");
        assertThat(groups.of(List.of(t.finance.id()))).containsEntry(t.finance.id(), RankingGroup.SUBDISTRICT);
        var unknown = http.send(
                HttpMethod.PUT,
                "/api/units/" + t.finance.id() + "/ranking-group",
                "{\"rankingGroup\":\"开发区\",\"reason\":\"试试\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/problems/0/field").asText()).isEqualTo("rankingGroup");
        assertThat(groups.of(List.of(t.finance.id()))).containsEntry(t.finance.id(), RankingGroup.SUBDISTRICT);
    }

    @Test
    void anOfficeLiaisesWithAVillageOfItsOwnTownshipOnly() {
        // seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值 — the office sets 所在办联系的村
        String path = "/api/units/" + t.office.id() + "/liaison-village";
        var set = http.send(
                HttpMethod.PUT, path, "{\"liaisonVillageId\":" + t.community.id() + ",\"reason\":\"年初联村安排\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().at("/liaisonVillage/id").asLong()).isEqualTo(t.community.id());
        TestTownship other = new TestTownship(org);
        for (long bad : List.of(t.finance.id(), other.village.id(), 987654321L)) {
            var refused = http.send(HttpMethod.PUT, path, "{\"liaisonVillageId\":" + bad + ",\"reason\":\"改联系村\"}");
            assertThat(refused.status()).as("village %s", bad).isEqualTo(400);
            assertThat(refused.body().path("code").asText()).isEqualTo("ORG-040");
            assertThat(refused.body().at("/problems/0/field").asText()).isEqualTo("liaisonVillageId");
        }
        var noReason = http.send(HttpMethod.PUT, path, "{\"liaisonVillageId\":" + t.village.id() + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().at("/problems/0/field").asText()).isEqualTo("reason");
        // nothing changed by the refused requests
        assertThat(http.send(HttpMethod.GET, path, null)
                        .body()
                        .at("/liaisonVillage/id")
                        .asLong())
                .isEqualTo(t.community.id());
        var cleared = http.send(HttpMethod.PUT, path, "{\"liaisonVillageId\":null,\"reason\":\"不再联系\"}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(http.send(HttpMethod.GET, path, null).body().has("liaisonVillage"))
                .isFalse();
        assertThat(audit.history("OrgUnit", t.office.code()))
                .filteredOn(r -> r.getAction().equals("UNIT_LIAISON_VILLAGE_CHANGED"))
                .extracting(r -> r.getReason())
                .containsExactlyInAnyOrder("年初联村安排", "不再联系");
    }
}
