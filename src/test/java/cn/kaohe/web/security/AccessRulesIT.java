package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.campaign.AssessmentSteps;
import cn.kaohe.campaign.RatingFormData;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may see and do what (issue 7), each rule with a refused user (403 COMMON-005 or the domain's own 403)
 * and a check that nothing changed. Fixture: {@link CampaignFixture} (党建办, rated by 周凤 zhoufeng).
 */
@IntegrationTest
class AccessRulesIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentSteps steps;

    long campaign;
    long chenkun;
    long zhoujing;

    @BeforeEach
    void openCampaign() {
        campaign = fixture.campaignId(anonymous);
        chenkun = fixture.assessmentOf(anonymous, "chenkun");
        zhoujing = fixture.assessmentOf(anonymous, "zhoujing");
    }

    TestRestTemplate as(String login) {
        return users.as(anonymous, login);
    }

    static void assertForbidden(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("code").asText()).isIn("COMMON-005", "TASK-002", "CAMPAIGN-005");
    }

    long cadreOf(long assessmentId) {
        return jdbc.queryForObject("select cadre_id from assessment where id = ?", Long.class, assessmentId);
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void aCadreSeesOnlyTheirOwnAssessment() {
        // seed 001 篇三 六: 考核结果只有被考核者本人、考核小组成员了解
        assertThat(as("chenkun")
                        .getForEntity("/api/assessments/" + chenkun, JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertForbidden(as("chenkun").getForEntity("/api/assessments/" + zhoujing, JsonNode.class));
        JsonNode mine = as("chenkun").getForObject("/api/assessments/mine", JsonNode.class);
        // the shared test database may hold chenkun's assessments of other campaigns too: all must be his own
        assertThat(StreamSupport.stream(mine.spliterator(), false)
                        .map(a -> a.get("id").asLong()))
                .contains(chenkun)
                .allSatisfy(id -> assertThat(cadreOf(id)).isEqualTo(cadreOf(chenkun)));
    }

    @Test
    void aLeaderSeesTheCadresTheyRateAndNoOthers() {
        // seed 000: 周凤 分管党建办; 何虎 分管党政综合办
        assertThat(as("zhoufeng")
                        .getForEntity("/api/assessments/" + chenkun, JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // every leadership member of the demo sits on the committee, which may see all results; a cadre who
        // only supervises (not on the committee) sees only the cadres they rate
        long liuzhe = users.cadreId("liuzhe");
        long unit = jdbc.queryForObject("select id from org_unit where name = '综治办'", Long.class);
        jdbc.update("insert into supervision (leader_id, unit_id) values (?, ?)", liuzhe, unit);
        try {
            JsonNode me = as("liuzhe").getForObject("/api/me", JsonNode.class);
            assertThat(me.get("roles").toString()).contains("LEADER").doesNotContain("COMMITTEE");
            assertForbidden(as("liuzhe").getForEntity("/api/assessments/" + chenkun, JsonNode.class));
        } finally {
            jdbc.update("delete from supervision where leader_id = ? and unit_id = ?", liuzhe, unit);
        }
    }

    @Test
    void theOfficeTheCommitteeAndThePartyReadResultsTheAdministratorDoesNot() {
        for (String reader : List.of(TestUsers.OFFICE, TestUsers.PARTY, "wangfeng")) {
            assertThat(as(reader)
                            .getForEntity("/api/assessments/" + chenkun, JsonNode.class)
                            .getStatusCode())
                    .as(reader)
                    .isEqualTo(HttpStatus.OK);
            assertThat(as(reader)
                            .getForEntity("/api/campaigns/" + campaign + "/ranking", JsonNode.class)
                            .getStatusCode())
                    .as(reader)
                    .isEqualTo(HttpStatus.OK);
        }
        assertForbidden(as(TestUsers.ADMIN).getForEntity("/api/assessments/" + chenkun, JsonNode.class));
        assertForbidden(as("chenkun").getForEntity("/api/campaigns/" + campaign + "/ranking", JsonNode.class));
        assertForbidden(as("chenkun").getForEntity("/api/appeals", JsonNode.class));
    }

    @Test
    void onlyTheOfficeOpensCampaignsAndNothingIsCreatedForOthers() {
        int before = count("campaign");
        Map<String, Object> command = Map.of("unitId", 1, "cycle", "ANNUAL", "period", "2027", "schemeVersionId", 1);
        for (String who : List.of("chenkun", "wangfeng", TestUsers.PARTY, TestUsers.ADMIN)) {
            assertForbidden(as(who).postForEntity("/api/campaigns", command, JsonNode.class));
        }
        assertThat(count("campaign")).isEqualTo(before);
    }

    @Test
    void onlyTheCommitteeAdjustsResults() {
        int before = count("result_adjustment");
        Map<String, Object> adjust = Map.of("target", "total", "value", "95", "reason", "复核");
        assertForbidden(as(TestUsers.OFFICE)
                .postForEntity("/api/assessments/" + chenkun + "/adjustments", adjust, JsonNode.class));
        assertForbidden(
                as("chenkun").postForEntity("/api/assessments/" + chenkun + "/adjustments", adjust, JsonNode.class));
        // a committee member (周凤 成员) passes the rule; the campaign is not under review yet
        ResponseEntity<JsonNode> committee =
                as("zhoufeng").postForEntity("/api/assessments/" + chenkun + "/adjustments", adjust, JsonNode.class);
        assertThat(committee.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(committee.getBody().get("code").asText()).isEqualTo("CAMPAIGN-004");
        assertThat(count("result_adjustment")).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeKeepsTheLedgerAndACadreReadsOnlyTheirOwnFacts() {
        int before = count("ledger_entry");
        Map<String, Object> fact =
                Map.of("factType", "LATENESS", "occurredOn", "2026-03-02", "cadreId", users.cadreId("zhoujing"));
        assertForbidden(as("chenkun").postForEntity("/api/ledger", fact, JsonNode.class));
        assertForbidden(as("zhoufeng").postForEntity("/api/ledger", fact, JsonNode.class));
        assertThat(count("ledger_entry")).isEqualTo(before);

        assertThat(as("chenkun")
                        .getForEntity("/api/ledger?cadreId=" + users.cadreId("chenkun"), JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertForbidden(as("chenkun").getForEntity("/api/ledger?cadreId=" + users.cadreId("zhoujing"), JsonNode.class));
        assertForbidden(as("chenkun").getForEntity("/api/ledger", JsonNode.class));
    }

    @Test
    void onlyTheOfficeEntersGroupRatingsAndAnonymousVotesNeverShowARater() {
        // seed 000 三(一): the office enters a village grade (周婧 lives in 新塘村); a cadre may not
        Map<String, Object> entry = new HashMap<>();
        entry.put("cadreId", users.cadreId("zhoujing"));
        entry.put("raterGroup", "GRADE");
        entry.put("part", "liaison");
        entry.put("grade", "良好");
        Map<String, Object> request = Map.of("entries", List.of(entry), "reason", "村等次录入");
        int before = count("group_rating");
        ResponseEntity<JsonNode> refused = as("chenkun")
                .exchange(
                        "/api/campaigns/" + campaign + "/group-ratings",
                        HttpMethod.PUT,
                        new HttpEntity<>(request),
                        JsonNode.class);
        assertForbidden(refused);
        assertThat(count("group_rating")).isEqualTo(before);

        ResponseEntity<JsonNode> entered = as(TestUsers.OFFICE)
                .exchange(
                        "/api/campaigns/" + campaign + "/group-ratings",
                        HttpMethod.PUT,
                        new HttpEntity<>(request),
                        JsonNode.class);
        assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);

        // seed 000 三(四): the committee rates on its own anonymous sheets; the office can neither enter nor copy them
        Map<String, Object> sheetVote =
                Map.of("cadreId", users.cadreId("chenkun"), "raterGroup", "COMMITTEE", "part", "central", "score", 90);
        int after = count("group_rating");
        ResponseEntity<JsonNode> onBehalf = as(TestUsers.OFFICE)
                .exchange(
                        "/api/campaigns/" + campaign + "/group-ratings",
                        HttpMethod.PUT,
                        new HttpEntity<>(Map.of("entries", List.of(sheetVote), "reason", "代填")),
                        JsonNode.class);
        assertThat(onBehalf.getStatusCode().value()).isEqualTo(400);
        assertThat(onBehalf.getBody().path("problems").get(0).path("field").asText())
                .isEqualTo("entries[0].raterGroup");
        assertThat(count("group_rating")).isEqualTo(after);

        JsonNode ratings =
                as(TestUsers.OFFICE).getForObject("/api/campaigns/" + campaign + "/group-ratings", JsonNode.class);
        assertThat(ratings.path("paper")).isNotEmpty();
        for (JsonNode r : ratings.path("paper")) {
            assertThat(r.has("id") || r.has("enteredAt"))
                    .as("a row id or time: " + r)
                    .isFalse();
        }
        for (JsonNode r : ratings.path("sheetAverages")) {
            assertThat(r.has("rater"))
                    .as("anonymous vote exposes a rater: " + r)
                    .isFalse();
        }
    }

    @Test
    void aCadreSeesOnlyTheirOwnTasksAndCannotCompleteAnothersTask() {
        JsonNode tasks = as("zhoujing").getForObject("/api/tasks", JsonNode.class);
        JsonNode own = StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.has("assessmentId") && t.get("assessmentId").asLong() == zhoujing)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task for zhoujing: " + tasks));
        assertThat(StreamSupport.stream(tasks.spliterator(), false)
                        .filter(t -> t.has("assessmentId")) // rating sheets concern a whole campaign
                        .map(t -> t.get("assessmentId").asLong()))
                .allSatisfy(id -> assertThat(cadreOf(id)).isEqualTo(cadreOf(zhoujing)));
        String status = jdbc.queryForObject("select status from assessment where id = ?", String.class, zhoujing);

        ResponseEntity<JsonNode> foreign = as("chenkun")
                .postForEntity(
                        "/api/tasks/" + own.get("id").asText() + "/complete",
                        Map.of("summary", "代他人提交"),
                        JsonNode.class);
        assertForbidden(foreign);
        assertThat(jdbc.queryForObject("select status from assessment where id = ?", String.class, zhoujing))
                .isEqualTo(status);
        assertForbidden(as("chenkun").getForEntity("/api/tasks/open", JsonNode.class));
    }

    @Test
    void onlyTheSupervisingLeaderRatesAndNobodyRatesThemselves() {
        long yisiqi = fixture.assessmentOf(anonymous, "yisiqi");
        String selfTask = taskOf("yisiqi", yisiqi);
        ResponseEntity<Void> submitted = as("yisiqi")
                .postForEntity(
                        "/api/tasks/" + selfTask + "/complete",
                        Map.of("summary", "全年完成党建工作任务。", "scores", Map.of()),
                        Void.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        String rateTask = taskOf("zhoufeng", yisiqi);

        JsonNode form = as("zhoufeng").getForObject("/api/assessments/" + yisiqi, JsonNode.class);
        Map<String, BigDecimal> scores = new HashMap<>();
        for (JsonNode c : form.at("/ratingForm/categories")) {
            scores.put(c.get("id").asText(), new BigDecimal(c.get("max").asText()));
        }
        ResponseEntity<JsonNode> other = as("hehu")
                .postForEntity(
                        "/api/tasks/" + rateTask + "/complete",
                        Map.of("scores", scores, "comment", "代评"),
                        JsonNode.class);
        assertForbidden(other);
        assertThat(jdbc.queryForObject("select status from assessment where id = ?", String.class, yisiqi))
                .isEqualTo("RATING");

        // nobody rates themselves: even if the roster made the cadre their own rater
        Long leader = jdbc.queryForObject("select leader_id from assessment where id = ?", Long.class, yisiqi);
        jdbc.update("update assessment set leader_id = cadre_id where id = ?", yisiqi);
        try {
            assertThatThrownBy(() -> steps.rate(yisiqi, "yisiqi", new RatingFormData(scores, "自评自打")))
                    .isInstanceOf(KaoheException.class)
                    .hasMessageContaining("不能给自己评分");
        } finally {
            jdbc.update("update assessment set leader_id = ? where id = ?", leader, yisiqi);
        }
        assertThat(jdbc.queryForObject("select rated_by from assessment where id = ?", String.class, yisiqi))
                .isNull();
    }

    @Test
    void finalisedResultsAreLockedForRatingAndAdjustment() {
        long hezhigang = fixture.assessmentOf(anonymous, "hezhigang");
        jdbc.update("update assessment set locked = true where id = ?", hezhigang);
        try {
            ResponseEntity<JsonNode> adjust = as("wangfeng")
                    .postForEntity(
                            "/api/assessments/" + hezhigang + "/adjustments",
                            Map.of("target", "total", "value", "99", "reason", "复核"),
                            JsonNode.class);
            assertThat(adjust.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(adjust.getBody().get("code").asText()).isEqualTo("CAMPAIGN-009");
            assertThatThrownBy(() -> steps.rate(hezhigang, "zhoufeng", new RatingFormData(Map.of(), "")))
                    .isInstanceOf(KaoheException.class)
                    .hasMessageContaining("已定档锁定");
        } finally {
            jdbc.update("update assessment set locked = false where id = ?", hezhigang);
        }
    }

    @Test
    void aCadreSeesTheAuditTrailOfTheirOwnAssessmentOnly() {
        assertThat(as("chenkun")
                        .getForEntity("/api/audit?entityType=Assessment&entityId=" + chenkun, JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertForbidden(
                as("chenkun").getForEntity("/api/audit?entityType=Assessment&entityId=" + zhoujing, JsonNode.class));
        assertForbidden(
                as("chenkun").getForEntity("/api/audit?entityType=Campaign&entityId=" + campaign, JsonNode.class));
        assertThat(as("wangfeng")
                        .getForEntity("/api/audit?entityType=Campaign&entityId=" + campaign, JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertForbidden(as("chenkun").getForEntity("/api/audit/verify", JsonNode.class));
    }

    private String taskOf(String login, long assessmentId) {
        JsonNode tasks = as(login).getForObject("/api/tasks", JsonNode.class);
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.has("assessmentId") && t.get("assessmentId").asLong() == assessmentId)
                .map(t -> t.get("id").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task of " + login + " for " + assessmentId + ": " + tasks));
    }
}
