package cn.kaohe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger (台账): facts checked against the schemes' rules, corrections only by reversal, everything audited. */
@IntegrationTest
class LedgerIT {

    @Autowired
    LedgerService ledger;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestUsers users;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    JdbcTemplate jdbc;

    long cadre;

    @BeforeEach
    void demoTownshipWithTheSeed000Scheme() {
        schemes.importPreset("daligang-2021", null);
        cadre = users.cadreId("chenkun");
    }

    RecordFact fact(String type, String level, BigDecimal quantity, BigDecimal points, String reason) {
        return new RecordFact(
                type,
                level,
                LocalDate.of(2025, 3, 2),
                cadre,
                null,
                quantity,
                points,
                null,
                null,
                null,
                reason,
                "通报",
                null);
    }

    int count() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Integer.class);
    }

    @Test
    void theOfficeRecordsAFactThroughTheApiAndItIsAudited() {
        // seed 000 三(二)1: 迟到一次，扣2分
        var response = users.office(anonymous)
                .postForEntity(
                        "/api/ledger",
                        java.util.Map.of(
                                "factType",
                                "LATENESS",
                                "occurredOn",
                                "2025-03-03",
                                "cadreId",
                                cadre,
                                "quantity",
                                2,
                                "reason",
                                "党政办考勤通报"),
                        JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = response.getBody().get("id").asLong();
        assertThat(response.getBody().get("recordedBy").asText()).isEqualTo(TestUsers.OFFICE);
        assertThat(audit.history("LedgerEntry", String.valueOf(id)))
                .singleElement()
                .satisfies(r -> assertThat(r.getActor()).isEqualTo(TestUsers.OFFICE));
    }

    @Test
    void unknownTypesWrongLevelsAndFiguresOutsideTheCommitteesRangeAreRefused() {
        int before = count();
        assertThatThrownBy(() -> ledger.record(fact("SLEEPING", null, null, null, null)))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("未知的台账事项类型");
        // seed 000 三(三)3: 通报批评 by level 省/市/县/镇
        assertThatThrownBy(() -> ledger.record(fact("INSPECTION_CENSURE_PERSONAL", "GALAXY", null, null, null)))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("级别“GALAXY”不正确");
        // seed 000 三(二)2: 领导小组研究决定，扣10-50分不等
        assertThatThrownBy(() -> ledger.record(fact("PERSONAL_CENSURE", null, null, new BigDecimal("60"), "县纪委通报")))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("10–50");
        assertThatThrownBy(() -> ledger.record(fact("PERSONAL_CENSURE", null, null, new BigDecimal("20"), null)))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("请填写分值和理由");
        assertThatThrownBy(() -> ledger.record(fact("LATENESS", null, new BigDecimal("1e9"), null, null)))
                .isInstanceOf(KaoheException.class)
                .satisfies(e -> assertThat(((KaoheException) e).problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("quantity")));
        assertThatThrownBy(() -> ledger.record(fact("LATENESS", null, new BigDecimal("-1"), null, null)))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("不能为负数");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCorrectionReversesTheEntryOnceAndNeverEditsIt() {
        LedgerEntry original = ledger.record(fact("PERSONAL_CENSURE", null, null, new BigDecimal("20"), "县纪委通报"));
        LedgerEntry reversal = ledger.reverse(original.getId(), "通报已撤销");
        assertThat(reversal.getReversesId()).isEqualTo(original.getId());
        assertThat(reversal.getPoints()).isEqualByComparingTo("20");
        assertThat(ledger.entry(original.getId()).getReason()).isEqualTo("县纪委通报");
        assertThatThrownBy(() -> ledger.reverse(original.getId(), "再次"))
                .isInstanceOf(KaoheException.class)
                .satisfies(
                        e -> assertThat(((KaoheException) e).errorCode().code()).isEqualTo("LEDGER-006"));
        assertThatThrownBy(() -> ledger.reverse(reversal.getId(), "撤销更正"))
                .isInstanceOf(KaoheException.class)
                .satisfies(
                        e -> assertThat(((KaoheException) e).errorCode().code()).isEqualTo("LEDGER-009"));
        assertThatThrownBy(() -> ledger.reverse(original.getId(), " ")).isInstanceOf(KaoheException.class);
    }

    @Test
    void theFactsOfOneCadreAndUnitAreThoseTheListQueryFindsForThem() {
        // one assessment's score after a step reads the ledger of one cadre and one unit with a query of its own
        // (no list parameters, docs/adr/0013); it must find exactly what the query for many finds for them
        long other = users.cadreId("zhoufeng");
        long unit = jdbc.queryForObject("select unit_id from cadre where id = ?", Long.class, cadre);
        LocalDate day = LocalDate.of(2018, 5, 2);
        long mine = ledger.record(lateness(cadre, day)).getId();
        ledger.record(lateness(other, day));
        ledger.record(lateness(cadre, day.plusYears(1))); // outside the period
        LocalDate from = LocalDate.of(2018, 1, 1);
        LocalDate to = LocalDate.of(2018, 12, 31);

        List<LedgerEntry> one = ledger.inPeriod(from, to, List.of(cadre), List.of(unit));
        List<LedgerEntry> many = ledger.inPeriod(from, to, List.of(cadre, other), List.of(unit, -5L)).stream()
                .filter(e -> Long.valueOf(cadre).equals(e.getCadreId())
                        || Long.valueOf(unit).equals(e.getUnitId()))
                .toList();
        assertThat(one).extracting(LedgerEntry::getId).contains(mine);
        assertThat(one).hasSameSizeAs(many);
        for (int i = 0; i < one.size(); i++) {
            assertThat(one.get(i))
                    .as("the one-cadre read (plain SQL) gives the entries the list query (JPA) gives, field by field")
                    .usingRecursiveComparison()
                    .isEqualTo(many.get(i));
        }
        assertThat(ledger.inPeriod(from, to, List.of(), List.of()))
                .as("no cadre and no unit: nothing")
                .isEmpty();
    }

    private RecordFact lateness(long who, LocalDate day) {
        // seed 000 三(二)1: 迟到一次，扣2分
        return new RecordFact(
                "LATENESS", null, day, who, null, BigDecimal.ONE, null, null, null, null, "考勤通报", "通报", null);
    }
}
