package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.OrgService;
import cn.kaohe.org.UnitKind;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's lists searched, sorted and paged by the server (issue 16, docs/adr/0019): the ledger, the roster of
 * cadres and the campaigns answer {@code ?q=&page=&size=&sort=} with one page and the whole list's length in
 * X-Total-Count; a bad parameter is a 400 naming it; ledger rows carry Chinese labels beside their codes; the ledger
 * form's problems come all at once. Data: a township of this test's own with 30 cadres and 120 ledger entries.
 */
@IntegrationTest
class OfficeListsIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    OrgService org;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    long unit;
    List<Long> cadres;

    @BeforeEach
    void township() {
        schemes.importPreset("daligang-2021", null); // the ledger's fact types: 迟到, 纪律处分 …
        tag = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        long township = org.createUnit("LT" + tag, "列表镇" + tag, UnitKind.TOWNSHIP, null, 991, "测试")
                .id();
        unit = org.createUnit("LO" + tag, "列表办" + tag, UnitKind.OFFICE, township, 991, "测试")
                .id();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new Object[] {
                "L" + tag + "-" + (100 + i), "列" + tag + "干部" + (100 + i), "MALE", unit, "STAFF", "ESTABLISHED"
            });
        }
        jdbc.batchUpdate(
                "insert into cadre (code, name, gender, unit_id, post_rank, staff_type) values (?, ?, ?, ?, ?, ?)",
                rows);
        cadres = jdbc.queryForList("select id from cadre where unit_id = ? order by code", Long.class, unit);
        List<Object[]> facts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            boolean discipline = i % 10 == 0;
            facts.add(new Object[] {
                discipline ? "DISCIPLINE" : "LATENESS",
                discipline ? "SEVERE_WARNING" : null,
                Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i)),
                cadres.get(i % 30),
                "考勤通报" + tag + "-" + i,
                "wangwenjian",
                Timestamp.from(Instant.parse("2026-05-01T01:00:00Z"))
            });
        }
        jdbc.batchUpdate(
                "insert into ledger_entry (fact_type, level, occurred_on, cadre_id, reason, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                facts);
    }

    @Test
    void theLedgerIsSearchedSortedAndPagedWithLabelsBesideTheCodes() {
        TestRestTemplate office = users.office(anonymous);
        ResponseEntity<JsonNode> page = office.getForEntity(
                "/api/ledger?q=" + "考勤通报" + tag + "&page=1&size=50&sort=occurredOn,desc", JsonNode.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo("120");
        assertThat(page.getBody()).hasSize(50);
        // the second page of 50, newest first: entry 69 (2026-03-11) down to entry 20
        assertThat(page.getBody().get(0).get("occurredOn").asText()).isEqualTo("2026-03-11");
        assertThat(page.getBody().get(49).get("occurredOn").asText()).isEqualTo("2026-01-21");

        JsonNode first = page.getBody().get(0); // entry 69: 迟到
        assertThat(first.get("typeLabel").asText()).isEqualTo("迟到");
        assertThat(first.get("cadreName").asText()).startsWith("列" + tag + "干部");
        assertThat(first.get("unitName").asText()).isEqualTo("列表办" + tag);
        JsonNode discipline = page.getBody().get(9); // entry 60: 纪律处分（严重警告）
        assertThat(discipline.get("factType").asText()).isEqualTo("DISCIPLINE");
        assertThat(discipline.get("levelLabel").asText()).isEqualTo("严重警告");
        assertThat(discipline.get("typeLabel").asText()).doesNotContain("DISCIPLINE");

        // by the cadre's name: 干部100 has entries 0, 30, 60, 90
        ResponseEntity<JsonNode> one =
                office.getForEntity("/api/ledger?q=列" + tag + "干部100&size=10&sort=occurredOn", JsonNode.class);
        assertThat(one.getHeaders().getFirst("X-Total-Count")).isEqualTo("4");
        assertThat(one.getBody().get(0).get("occurredOn").asText()).isEqualTo("2026-01-01");
        // by the type's Chinese name, within this test's rows: 12 纪律处分
        ResponseEntity<JsonNode> byTypeName = office.getForEntity(
                "/api/ledger?q=" + discipline.get("typeLabel").asText() + "&size=500", JsonNode.class);
        long disciplines = 0;
        for (JsonNode row : byTypeName.getBody()) {
            if (row.path("reason").asText("").contains(tag)) {
                disciplines++;
            }
        }
        assertThat(disciplines).isEqualTo(12);
    }

    @Test
    void theRosterAndTheCampaignsArePagedAndSearchedByNameOrUnit() {
        TestRestTemplate office = users.office(anonymous);
        ResponseEntity<JsonNode> byUnit =
                office.getForEntity("/api/cadres?q=列表办" + tag + "&page=1&size=10&sort=name,desc", JsonNode.class);
        assertThat(byUnit.getStatusCode().value()).isEqualTo(200);
        assertThat(byUnit.getHeaders().getFirst("X-Total-Count")).isEqualTo("30");
        assertThat(byUnit.getBody()).hasSize(10);
        assertThat(byUnit.getBody().get(0).get("name").asText()).isEqualTo("列" + tag + "干部119");
        assertThat(byUnit.getBody().get(0).get("unit").get("name").asText()).isEqualTo("列表办" + tag);
        assertThat(byUnit.getBody().get(0).get("staffTypeLabel").asText()).isEqualTo("在编");

        ResponseEntity<JsonNode> byName = office.getForEntity("/api/cadres?q=干部107&size=5&sort=name", JsonNode.class);
        assertThat(byName.getBody().toString()).contains("列" + tag + "干部107");

        ResponseEntity<JsonNode> campaigns =
                office.getForEntity("/api/campaigns?q=没有这个批次" + tag + "&page=0&size=5", JsonNode.class);
        assertThat(campaigns.getStatusCode().value()).isEqualTo(200);
        assertThat(campaigns.getHeaders().getFirst("X-Total-Count")).isEqualTo("0");
        assertThat(campaigns.getBody()).isEmpty();
        ResponseEntity<JsonNode> sorted =
                office.getForEntity("/api/campaigns?page=0&size=2&sort=period,desc", JsonNode.class);
        assertThat(sorted.getStatusCode().value()).isEqualTo(200);
        assertThat(sorted.getHeaders().getFirst("X-Total-Count")).isNotNull();
    }

    @Test
    void aBadSortPageOrSizeIsA400NamingTheParameter() {
        TestRestTemplate office = users.office(anonymous);
        for (String url : List.of(
                "/api/ledger?sort=salary&size=0",
                "/api/cadres?sort=salary&size=0",
                "/api/campaigns?sort=salary&size=0")) {
            ResponseEntity<JsonNode> bad = office.getForEntity(url, JsonNode.class);
            assertThat(bad.getStatusCode().value()).as(url).isEqualTo(400);
            assertThat(bad.getBody().get("code").asText()).isEqualTo("COMMON-001");
            List<String> fields = new ArrayList<>();
            bad.getBody().get("problems").forEach(p -> fields.add(p.get("field").asText()));
            assertThat(fields).as(url).contains("sort", "size");
            assertThat(bad.getBody().toString()).contains("salary");
        }
        ResponseEntity<JsonNode> direction =
                office.getForEntity("/api/ledger?sort=points,sideways&page=-1", JsonNode.class);
        assertThat(direction.getStatusCode().value()).isEqualTo(400);
        assertThat(direction.getBody().toString()).contains("page").contains("asc 或 desc");
    }

    @Test
    void aCadreCannotReadTheOfficesLedgerList() {
        users.ensureCadres();
        ResponseEntity<JsonNode> refused =
                users.as(anonymous, "chenkun").getForEntity("/api/ledger?page=0&size=5", JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theLedgerFormsProblemsComeAllAtOnceEachAtItsField() {
        TestRestTemplate office = users.office(anonymous);
        // 纪律处分 without its level, no date, no cadre or unit, a 分值 it does not take, a negative quantity
        ResponseEntity<JsonNode> bad = office.postForEntity(
                "/api/ledger", Map.of("factType", "DISCIPLINE", "points", 5, "quantity", -1), JsonNode.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.getBody().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("level", "occurredOn", "points", "quantity", "cadreId");
        String text = bad.getBody().toString();
        assertThat(text).contains("严重警告").doesNotContain("SEVERE_WARNING");

        // seed 000 三(二)2: the committee's figure within 10–50 and a reason; both missing are reported together
        ResponseEntity<JsonNode> committee = office.postForEntity(
                "/api/ledger",
                Map.of("factType", "PERSONAL_CENSURE", "occurredOn", "2026-05-01", "cadreId", cadres.get(0)),
                JsonNode.class);
        List<String> committeeFields = new ArrayList<>();
        committee
                .getBody()
                .get("problems")
                .forEach(p -> committeeFields.add(p.get("field").asText()));
        assertThat(committeeFields).containsExactlyInAnyOrder("points", "reason");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ledger_entry where cadre_id = ? and fact_type = 'PERSONAL_CENSURE'",
                        Integer.class,
                        cadres.get(0)))
                .isZero();
    }
}
