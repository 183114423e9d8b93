package cn.kaohe.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheme editor's endpoints (scheme.html): check, sample preview, edit a draft, save a new version. */
@IntegrationTest
class SchemeEditorIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchemeCatalog catalog;

    TestRestTemplate rest;
    String code;
    String yaml;

    @BeforeEach
    void setUp() {
        rest = users.office(anonymous);
        code = "editor-it-" + ThreadLocalRandom.current().nextInt(1_000_000);
        yaml = SchemeCheckTest.SCHEME.replace("code: editor-sample", "code: " + code);
    }

    long stored() {
        ResponseEntity<JsonNode> r =
                rest.postForEntity("/api/schemes", Map.of("document", yaml, "format", "yaml"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return r.getBody().get("id").asLong();
    }

    int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void checkAnswersEveryProblemAtItsLine() {
        // line 3: unknown cycle; line 10: unknown field; line 14: not a number; all at once
        String broken = yaml.replace("cycle: ANNUAL", "cycle: WEEKLY")
                .replace("    points: 40\n", "    points: 40\n    colour: red\n")
                .replace("points: 60", "points: abc");
        JsonNode r = rest.postForObject("/api/schemes/check", Map.of("document", broken), JsonNode.class);
        assertThat(r.get("valid").asBoolean()).isFalse();
        assertThat(r.get("problems").findValuesAsText("line")).containsExactly("3", "10", "14");
        assertThat(r.get("problems").get(1).get("message").asText()).contains("colour");

        JsonNode ok = rest.postForObject("/api/schemes/check", Map.of("document", yaml), JsonNode.class);
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("problems")).isEmpty();
    }

    @Test
    void savingATextWithProblemsIs400WithTheLinesAndStoresNothing() {
        long id = stored();
        int versions = rows("select count(*) from scheme_version");
        String broken = yaml.replace("points: 60", "points: 50"); // Σ = 90, not baseScore 100
        ResponseEntity<JsonNode> r = rest.postForEntity(
                "/api/schemes/" + id + "/versions", Map.of("document", broken, "note", "改分值"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody().get("code").asText()).isEqualTo("SCHEME-005");
        assertThat(r.getBody().get("problems").findValuesAsText("row")).isNotEmpty();
        assertThat(rows("select count(*) from scheme_version")).isEqualTo(versions);
    }

    @Test
    void aFrozenVersionCannotBeEditedButCanBeCopied() {
        long id = stored();
        catalog.freeze(id); // a campaign uses it
        String edited = yaml.replace("points: 2}", "points: 3}");
        ResponseEntity<JsonNode> r = rest.postForEntity(
                "/api/schemes/" + id + "/edit", Map.of("document", edited, "note", "迟到改为扣3分"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody().get("code").asText()).isEqualTo("SCHEME-004");
        assertThat(catalog.stored(id).getDocument()).isEqualTo(yaml);

        ResponseEntity<JsonNode> copy = rest.postForEntity(
                "/api/schemes/" + id + "/versions", Map.of("document", edited, "note", "迟到改为扣3分"), JsonNode.class);
        assertThat(copy.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(copy.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(copy.getBody().get("frozen").asBoolean()).isFalse();
    }

    @Test
    void aNewVersionIsSavedAndAuditedWithWhoWhyBeforeAndAfter() {
        long id = stored();
        String edited = yaml.replace("points: 2}", "points: 3}");
        ResponseEntity<JsonNode> r = rest.postForEntity(
                "/api/schemes/" + id + "/versions", Map.of("document", edited, "note", "迟到改为扣3分"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long newId = r.getBody().get("id").asLong();
        assertThat(r.getBody().get("code").asText()).isEqualTo(code);
        assertThat(catalog.stored(newId).getDocument()).isEqualTo(edited);
        assertThat(catalog.model(newId).factRules().get(0).points()).isEqualByComparingTo("3");

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select actor, reason, before_state, after_state, occurred_at from audit_record"
                        + " where action = 'SCHEME_VERSION_SAVED' and entity_id = ?",
                String.valueOf(newId));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor")).isEqualTo(TestUsers.OFFICE);
        assertThat(audit.get(0).get("reason")).isEqualTo("迟到改为扣3分");
        assertThat((String) audit.get(0).get("before_state")).contains("points: 2}");
        assertThat((String) audit.get(0).get("after_state")).contains("points: 3}");
        assertThat(audit.get(0).get("occurred_at")).isNotNull();
    }

    @Test
    void aDraftIsCorrectedInPlaceWithANoteAndAudited() {
        long id = stored();
        ResponseEntity<JsonNode> noNote = rest.postForEntity(
                "/api/schemes/" + id + "/edit", Map.of("document", yaml, "note", " "), JsonNode.class);
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noNote.getBody().get("code").asText()).isEqualTo("SCHEME-006");
        assertThat(noNote.getBody().get("problems").findValuesAsText("field")).containsExactly("note");

        String edited = yaml.replace("name: 编辑器测试方案", "name: 编辑器测试方案（修订）");
        ResponseEntity<JsonNode> r = rest.postForEntity(
                "/api/schemes/" + id + "/edit", Map.of("document", edited, "note", "改名称"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(catalog.model(id).name()).isEqualTo("编辑器测试方案（修订）");
        assertThat(rows(
                        "select count(*) from audit_record where action = 'SCHEME_VERSION_EDITED' and entity_id = ?"
                                + " and reason = '改名称'",
                        String.valueOf(id)))
                .isEqualTo(1);

        ResponseEntity<JsonNode> other = rest.postForEntity(
                "/api/schemes/" + id + "/edit",
                Map.of("document", edited.replace("code: " + code, "code: " + code + "-x"), "note", "改编码"),
                JsonNode.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(other.getBody().get("code").asText()).isEqualTo("SCHEME-007");
    }

    @Test
    void previewScoresThreeSampleCadresWithTheirExplanations() {
        JsonNode r = rest.postForObject("/api/schemes/sample", Map.of("document", yaml), JsonNode.class);
        JsonNode subjects = r.get("outcome").get("subjects");
        assertThat(subjects).hasSize(3);
        assertThat(subjects.findValuesAsText("name")).containsExactly("样例干部甲", "样例干部乙", "样例干部丙");
        // 丙: 作风纪律 40 − 2×2 (迟到一次扣2分, twice) + 工作实绩 60×75% = 81
        assertThat(subjects.get(2).get("total").decimalValue()).isEqualByComparingTo("81");
        assertThat(subjects.get(2).get("explanation").findValuesAsText("description"))
                .anySatisfy(d -> assertThat(d).contains("迟到"));

        ResponseEntity<JsonNode> broken = rest.postForEntity(
                "/api/schemes/sample",
                Map.of("document", yaml.replace("cycle: ANNUAL", "cycle: ANNUAL: x")),
                JsonNode.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody().get("code").asText()).isEqualTo("SCHEME-005");
        assertThat(broken.getBody().get("problems").get(0).get("row").asInt()).isEqualTo(3);
    }

    @Test
    void aCadreCannotSaveSchemes() {
        long id = stored();
        TestRestTemplate cadre = users.as(anonymous, "chenkun");
        ResponseEntity<JsonNode> r = cadre.postForEntity(
                "/api/schemes/" + id + "/versions", Map.of("document", yaml, "note", "x"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
