package cn.kaohe.campaign;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.support.TestUsers;
import cn.kaohe.workflow.InboxTask;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 on one campaign of 党建办 (seed 000 daligang-2021, 2026 Q3) driven through the HTTP API: the committee's
 * anonymous rating sheets (seed 000 三(四): 中心工作由绩效考核领导小组统一测评) cannot be traced back to a rater from any
 * response or table; the ranking waits for the village grades (seed 000 三(一)) and tells the office what is missing;
 * adjustments stay within caps and can be withdrawn; an early notice timer does not cut the notice short; a double
 * appeal files one appeal.
 */
@IntegrationTest
class TrustedResultsIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    TestUsers users;

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void votesStayAnonymousInputsAreCompleteAdjustmentsBoundedAndClocksHold() throws Exception {
        time.set("2026-10-12T09:00"); // a Monday
        demo.load();
        users.ensureCadres();
        TestRestTemplate office = users.office(rest);
        TestRestTemplate head = users.as(rest, "wangfeng"); // 王锋, committee director
        TestRestTemplate admin = users.as(rest, TestUsers.ADMIN);
        StoredScheme scheme = schemes.importPreset("daligang-2021", null);
        long unit = jdbc.queryForObject("select id from org_unit where name = '党建办'", Long.class);
        Campaign campaign = campaigns.open(new OpenCampaign(
                        "党建办2024年度考核（补考）",
                        unit,
                        Cycle.ANNUAL, // seed 000 is an annual scheme; 2025 and 2026 of 党建办 are other tests' campaigns
                        "2024",
                        scheme.getId(),
                        at("2026-10-14T18:00"),
                        at("2026-10-16T18:00"),
                        at("2026-10-23T18:00"))
                .withPayPool(new java.math.BigDecimal("300000")));
        long id = campaign.getId();
        time.runDueJobs();
        List<Assessment> assessments = campaigns.assessments(id);
        assertThat(assessments).hasSize(4);

        // seed 000 三(四): every committee member rates every cadre of 党建办 on 中心工作 (0–100); votes are unique numbers
        List<InboxTask> sheets = tasks.ofKind(id, "RATING_SHEET");
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(3);
        Map<String, Map<Long, BigDecimal>> votes = new LinkedHashMap<>();
        int k = 0;
        for (InboxTask t : sheets) {
            k++;
            Map<Long, BigDecimal> mine = new LinkedHashMap<>();
            StringBuilder entries = new StringBuilder();
            int j = 0;
            for (Assessment a : assessments) {
                // 60.05 + 5j + 0.2k²: no two raters alike, never an arithmetic series (whose mean is one of its terms)
                BigDecimal score = new BigDecimal("60.05")
                        .add(BigDecimal.valueOf(5L * j++))
                        .add(new BigDecimal("0.2").multiply(BigDecimal.valueOf((long) k * k)));
                mine.put(a.getCadreId(), score);
                entries.append(entries.isEmpty() ? "" : ",")
                        .append("{\"assessmentId\":")
                        .append(a.getId())
                        .append(",\"raterGroup\":\"COMMITTEE\",\"part\":\"central\",\"score\":")
                        .append(score.toPlainString())
                        .append('}');
            }
            tasks.complete(t, t.assignee(), "{\"entries\":[" + entries + "]}");
            votes.put(t.assignee(), mine);
            if (k == 1) {
                // one sheet in: the office sees who is still to submit, never an average that is one rater's vote
                JsonNode partial = get(office, "/api/campaigns/" + id + "/group-ratings");
                assertThat(partial.path("sheets").path("submitted").asInt()).isEqualTo(1);
                assertThat(partial.path("sheets").path("missing")).hasSize(sheets.size() - 1);
                assertThat(partial.path("sheetAverages")).isEmpty();
            }
        }

        // the cadres' self-evaluations and their leader's sign-off; the village grades are not entered yet
        for (InboxTask t : tasks.ofKind(id, "SELF_EVALUATION")) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"完成季度工作任务。\"}");
        }
        for (InboxTask t : tasks.ofKind(id, "RATING")) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}");
        }
        time.runDueJobs();
        // seed 000 三(一): 驻村 cadres (周婧 新塘村, 易思琪 栗山村) need their village's grade: no ranking without it
        assertThat(campaigns.campaign(id).getStatus()).isEqualTo(CampaignStatus.IN_PROGRESS);
        JsonNode inputs = get(office, "/api/campaigns/" + id + "/inputs");
        assertThat(inputs.path("complete").asBoolean()).isFalse();
        assertThat(inputs.path("items").toString())
                .contains("联村工作")
                .contains("周婧")
                .contains("易思琪");
        assertThat(get(office, "/api/campaigns/" + id + "/ranking").findValuesAsText("rank"))
                .isEmpty(); // nobody has a rank ("—" board) because no ranking ran
        ResponseEntity<String> report = office.exchange(
                "/api/campaigns/" + id + "/reports/ranking",
                HttpMethod.GET,
                new HttpEntity<>(accept(MediaType.APPLICATION_PDF)),
                String.class);
        assertThat(report.getStatusCode().value()).isEqualTo(409);
        assertThat(report.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(report.getBody()).contains("REPORT-009").contains("尚未排名");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where campaign_id = ? and title = '排名所需材料未齐'",
                        Integer.class,
                        id))
                .isEqualTo(1);

        // entering the last input starts the ranking
        List<Map<String, Object>> grades = new ArrayList<>();
        for (String code : List.of("DLG-0202", "DLG-0204")) {
            grades.add(Map.of("cadreId", cadre(code), "raterGroup", "GRADE", "part", "liaison", "grade", "优秀"));
        }
        ResponseEntity<JsonNode> entered = office.exchange(
                "/api/campaigns/" + id + "/group-ratings",
                HttpMethod.PUT,
                new HttpEntity<>(Map.of("entries", grades, "reason", "各村目标管理考核等次")),
                JsonNode.class);
        assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);
        time.runDueJobs();
        assertThat(campaigns.campaign(id).getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);
        assertThat(get(office, "/api/campaigns/" + id + "/inputs")
                        .path("complete")
                        .asBoolean())
                .isTrue();
        assertThat(campaigns.assessments(id))
                .allSatisfy(a -> assertThat(a.getRankNo()).isNotNull());

        // every sheet in: the office sees per-cadre averages and counts, no vote, no id, no time
        JsonNode overview = get(office, "/api/campaigns/" + id + "/group-ratings");
        assertThat(overview.path("sheetAverages")).hasSize(4);
        for (JsonNode avg : overview.path("sheetAverages")) {
            long cadreId = avg.path("cadreId").asLong();
            BigDecimal expected = votes.values().stream()
                    .map(v -> v.get(cadreId))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(votes.size()), 4, RoundingMode.HALF_UP);
            assertThat(avg.path("average").decimalValue()).isEqualByComparingTo(expected);
            assertThat(avg.path("votes").asInt()).isEqualTo(votes.size());
            assertThat(avg.has("id") || avg.has("enteredAt")).isFalse();
        }

        // re-identification: no single vote appears in anything the office, the committee or an administrator reads
        List<String> seen = new ArrayList<>();
        for (TestRestTemplate who : List.of(office, head, admin)) {
            for (String url : List.of(
                    "/api/campaigns/" + id + "/group-ratings",
                    "/api/campaigns/" + id + "/ranking",
                    "/api/campaigns/" + id + "/group-result",
                    "/api/campaigns/" + id + "/inputs",
                    "/api/campaigns/" + id + "/adjustments",
                    "/api/audit?entityType=Campaign&entityId=" + id)) {
                seen.add(who.getForEntity(url, String.class).getBody());
            }
            for (Assessment a : assessments) {
                seen.add(who.getForEntity("/api/assessments/" + a.getId(), String.class)
                        .getBody());
                seen.add(who.getForEntity("/api/audit?entityType=Assessment&entityId=" + a.getId(), String.class)
                        .getBody());
            }
        }
        seen.addAll(tableDump());
        Map<Long, BigDecimal> averages = new HashMap<>();
        overview.path("sheetAverages")
                .forEach(avg -> averages.put(
                        avg.path("cadreId").asLong(), avg.path("average").decimalValue()));
        for (Map.Entry<String, Map<Long, BigDecimal>> rater : votes.entrySet()) {
            for (Map.Entry<Long, BigDecimal> cast : rater.getValue().entrySet()) {
                BigDecimal vote = cast.getValue();
                if (averages.values().stream()
                        .anyMatch(avg -> vote.compareTo(avg) == 0
                                || vote.compareTo(avg.setScale(2, RoundingMode.HALF_UP)) == 0)) {
                    continue; // a vote equal to a published average tells nothing about who cast it
                }
                Pattern p = Pattern.compile(
                        "(?<![0-9.])" + Pattern.quote(vote.stripTrailingZeros().toPlainString()) + "0*(?![0-9])");
                assertThat(seen)
                        .as("a vote of %s (%s) is readable somewhere", rater.getKey(), vote)
                        .noneMatch(text -> text != null && p.matcher(text).find());
            }
        }
        // nothing is stored per vote: one tally per cadre and part, and the sheets' audit says nothing of their content
        assertThat(jdbc.queryForObject("select count(*) from rating_tally where campaign_id = ?", Integer.class, id))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from group_rating where campaign_id = ?", Integer.class, id))
                .isEqualTo(2); // the two village grades the office entered
        assertThat(jdbc.queryForList(
                        "select after_state from audit_record where action = 'RATING_SHEET_SUBMITTED' and entity_id = ?",
                        String.class,
                        String.valueOf(id)))
                .hasSize(votes.size())
                .allSatisfy(after -> assertThat(after == null ? "" : after).doesNotContain("7"));

        // adjustments: above the category cap or below the total floor is a 400 naming the field, nothing changes
        Assessment first = campaigns.assessments(id).get(0);
        BigDecimal original = first.getTotal();
        ResponseEntity<JsonNode> overCap = head.postForEntity(
                "/api/assessments/" + first.getId() + "/adjustments",
                Map.of("target", "liaison", "value", "500", "reason", "试图超出上限"),
                JsonNode.class);
        assertThat(overCap.getStatusCode().value()).isEqualTo(400);
        assertThat(overCap.getBody().path("code").asText()).isEqualTo("CAMPAIGN-021");
        assertThat(overCap.getBody().path("problems").get(0).path("field").asText())
                .isEqualTo("value");
        ResponseEntity<JsonNode> negative = head.postForEntity(
                "/api/assessments/" + first.getId() + "/adjustments",
                Map.of("target", "TOTAL", "value", "-50", "reason", "试图设为负分"),
                JsonNode.class);
        assertThat(negative.getStatusCode().value()).isEqualTo(400);
        assertThat(campaigns.adjustments(id)).isEmpty();
        assertThat(campaigns.assessment(first.getId()).getTotal()).isEqualByComparingTo(original);

        // a valid adjustment, then withdrawn with a reason: the result comes back
        ResponseEntity<JsonNode> adjusted = head.postForEntity(
                "/api/assessments/" + first.getId() + "/adjustments",
                Map.of("target", "conduct", "value", "250", "reason", "作风督查情况经领导小组研究扣减"),
                JsonNode.class);
        assertThat(adjusted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(campaigns.assessment(first.getId()).getTotal()).isNotEqualByComparingTo(original);
        long adjustmentId = adjusted.getBody().path("id").asLong();
        ResponseEntity<JsonNode> noReason = head.postForEntity(
                "/api/adjustments/" + adjustmentId + "/withdraw", Map.of("reason", " "), JsonNode.class);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<JsonNode> withdrawn = head.postForEntity(
                "/api/adjustments/" + adjustmentId + "/withdraw", Map.of("reason", "核实后该扣减不成立"), JsonNode.class);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(campaigns.assessment(first.getId()).getTotal()).isEqualByComparingTo(original);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'ADJUSTMENT_WITHDRAWN' and reason = ?",
                        Integer.class,
                        "核实后该扣减不成立"))
                .isEqualTo(1);
        ResponseEntity<JsonNode> again = head.postForEntity(
                "/api/adjustments/" + adjustmentId + "/withdraw", Map.of("reason", "再撤一次"), JsonNode.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);

        // approval opens a notice of 3 working days; its timer executed early changes nothing and waits again
        time.set("2026-10-19T10:00"); // Monday
        InboxTask review = tasks.of("hehu", "committee").stream()
                .filter(t ->
                        t.kind().equals("COMMITTEE_REVIEW") && t.campaignId().equals(id))
                .findFirst()
                .orElseThrow();
        tasks.complete(review, "hehu", "{\"approve\":true}", "committee");
        Campaign onNotice = campaigns.campaign(id);
        assertThat(onNotice.getStatus()).isEqualTo(CampaignStatus.PUBLIC_NOTICE);
        Job timer = noticeTimer(id);
        time.set("2026-10-19T10:04"); // four minutes in
        management.executeJob(timer.getId());
        assertThat(campaigns.campaign(id).getStatus()).isEqualTo(CampaignStatus.PUBLIC_NOTICE);
        Job waitingAgain = noticeTimer(id);
        assertThat(waitingAgain.getDuedate().toInstant())
                .isEqualTo(onNotice.getNoticeEnd().toInstant());
        assertThat(jdbc.queryForList(
                        "select actor || '|' || coalesce(reason, '') from audit_record where action = 'TIMER_FIRED_EARLY'"
                                + " and entity_type = 'Campaign' and entity_id = ?",
                        String.class,
                        String.valueOf(id)))
                .singleElement()
                .satisfies(r ->
                        assertThat(r).startsWith("system|").contains("公示期满").contains("提前触发"));

        // a double-submitted appeal files one appeal
        long appealed = first.getId();
        String login = jdbc.queryForObject(
                "select c.login_name from cadre c join assessment a on a.cadre_id = c.id where a.id = ?",
                String.class,
                appealed);
        TestRestTemplate cadre = users.as(rest, login);
        Map<String, Object> appeal = Map.of("grounds", "中心工作测评分偏低", "items", List.of("central"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> file =
                    () -> cadre.postForEntity("/api/assessments/" + appealed + "/appeals", appeal, JsonNode.class)
                            .getStatusCode()
                            .value();
            Future<Integer> a = pool.submit(file);
            Future<Integer> b = pool.submit(file);
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from appeal where assessment_id = ?", Integer.class, appealed))
                .isEqualTo(1);

        // the full notice has run (10-19..21 are working days): now it ends
        time.set("2026-10-22T00:01");
        time.runDueJobs();
        assertThat(campaigns.campaign(id).getStatus()).isIn(CampaignStatus.AWAITING_APPEALS, CampaignStatus.FINALISED);
    }

    private Job noticeTimer(long campaignId) {
        String pi = jdbc.queryForObject(
                "select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null",
                String.class,
                "campaign-" + campaignId);
        return management.createJobQuery().processInstanceId(pi).timers().list().stream()
                .filter(j -> jdbc.queryForObject(
                                "select count(*) from act_ru_job where id_ = ? and handler_cfg_ like ?",
                                Integer.class,
                                j.getId(),
                                "%TimerEvent_NoticeEnds%")
                        > 0)
                .findFirst()
                .orElseThrow();
    }

    /** Every text column of Kaohe's tables and the engine's variables, row by row. */
    private List<String> tableDump() {
        List<String> rows = new ArrayList<>();
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE' and (table_name not like 'act_%' or table_name in"
                        + " ('act_ru_variable', 'act_hi_varinst', 'act_hi_taskinst', 'act_hi_comment', 'act_ru_task'))"
                        + " and table_name not in ('stored_report', 'flyway_schema_history')",
                String.class);
        for (String table : tables) {
            jdbc.query("select * from " + table, rs -> {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    row.put(rs.getMetaData().getColumnName(c), v instanceof byte[] ? null : v);
                }
                rows.add(table + ":" + row);
            });
        }
        return rows;
    }

    private static JsonNode get(TestRestTemplate who, String url) {
        ResponseEntity<JsonNode> r = who.getForEntity(url, JsonNode.class);
        assertThat(r.getStatusCode().is2xxSuccessful()).as(url + " → " + r).isTrue();
        return r.getBody();
    }

    private static HttpHeaders accept(MediaType type) {
        HttpHeaders h = new HttpHeaders();
        h.setAccept(List.of(type));
        return h;
    }

    private long cadre(String code) {
        return jdbc.queryForObject("select id from cadre where code = ?", Long.class, code);
    }
}
