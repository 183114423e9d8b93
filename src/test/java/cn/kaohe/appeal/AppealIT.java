package cn.kaohe.appeal;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.CampaignStatus;
import cn.kaohe.campaign.GroupRatings;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.campaign.ResultAdjustment;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.support.TestUsers;
import cn.kaohe.workflow.InboxTask;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appeals (申诉) on the real engine: forwarded within 24 hours or escalated once, decided within a week or
 * escalated, upheld or adjusted with a re-ranking and a new public notice, never worse for the appellant
 * (seed 001 篇三 六; 公务员法 第九十五、九十六条).
 */
@IntegrationTest
class AppealIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    AppealService appeals;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    TestUsers users;

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** A seed 003 monthly campaign of one office, ranked, approved and on public notice from Monday 2026-11-09. */
    Campaign onNotice(String unitCode, String period) {
        time.set("2026-11-02T09:00"); // Monday
        demo.load();
        long unit = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, unitCode);
        StoredScheme scheme = schemes.importPreset("baicheng-monthly", null);
        Campaign c = campaigns.open(new OpenCampaign(
                null,
                unit,
                Cycle.MONTHLY,
                period,
                scheme.getId(),
                at("2026-11-04T18:00"),
                at("2026-11-05T18:00"),
                at("2026-11-06T18:00")));
        time.runDueJobs();
        List<GroupRatings.Entry> sheet = new ArrayList<>();
        int i = 0;
        for (Assessment a : campaigns.assessments(c.getId())) {
            BigDecimal score = BigDecimal.valueOf(95 - 5 * i++); // 95, 90, 85, … distinct ranks
            sheet.add(new GroupRatings.Entry(a.getCadreId(), "TOWNSHIP_GROUP", "performance", score, null, null));
            sheet.add(new GroupRatings.Entry(a.getCadreId(), "SUPERIOR_AUTHORITY", "performance", score, null, null));
        }
        groupRatings.enter(c.getId(), sheet, "业绩考核评分表");
        for (InboxTask t : tasks.ofKind(c.getId(), "SELF_EVALUATION")) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"按计划完成。\"}");
        }
        for (InboxTask t : tasks.ofKind(c.getId(), "RATING")) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\"}");
        }
        time.runDueJobs();
        time.set("2026-11-09T09:00"); // Monday morning: the notice runs 11-09, 11-10, 11-11
        InboxTask review = tasks.of("hehu", "committee").stream()
                .filter(t ->
                        t.kind().equals("COMMITTEE_REVIEW") && t.campaignId().equals(c.getId()))
                .findFirst()
                .orElseThrow();
        tasks.complete(review, "hehu", "{\"approve\":true}", "committee");
        Campaign onNotice = campaigns.campaign(c.getId());
        assertThat(onNotice.getStatus()).isEqualTo(CampaignStatus.PUBLIC_NOTICE);
        return onNotice;
    }

    Assessment ranked(Campaign c, int rank) {
        return campaigns.assessments(c.getId()).stream()
                .filter(a -> a.getRankNo() == rank)
                .findFirst()
                .orElseThrow();
    }

    String login(Assessment a) {
        return jdbc.queryForObject("select login_name from cadre where id = ?", String.class, a.getCadreId());
    }

    @Test
    void forwardedInTimeAndUpheldTheCampaignWaitsAndThenFinalises() {
        Campaign c = onNotice("DLG-JFB", "2026-06");
        Assessment last = ranked(c, campaigns.assessments(c.getId()).size());
        Appeal appeal = appeals.file(
                last.getId(), login(last), new AppealService.FileAppeal("业绩评分偏低，请复核", List.of("performance"), null));
        // seed 001 篇三 六: 24小时内上报考核小组
        assertThat(appeal.getForwardDue()).isEqualTo(at("2026-11-10T09:00"));
        // the deadlines are the engine's timer jobs in the database (not in memory): any node, or this one after a
        // restart, fires them
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("appeal-" + appeal.getId())
                .singleResult()
                .getId();
        assertThat(jdbc.queryForList(
                        "select duedate_ from act_ru_job where process_instance_id_ = ? and type_ = 'timer' order by duedate_",
                        java.sql.Timestamp.class,
                        instance))
                .extracting(t -> t.toInstant())
                .containsExactly(
                        at("2026-11-10T05:00").toInstant(), // reminder 4 hours before
                        at("2026-11-10T09:00").toInstant()); // escalation at the deadline

        time.set("2026-11-09T15:00");
        InboxTask forward = appealTask("wangwenjian", "office", appeal.getId(), "APPEAL_FORWARD");
        tasks.complete(forward, "wangwenjian", "{\"note\":\"已核实材料，转报领导小组\"}", "office");
        Appeal forwarded = appeals.appeal(appeal.getId());
        assertThat(forwarded.forwardMet(time.now())).isTrue();
        assertThat(forwarded.getDecisionDue()).isEqualTo(at("2026-11-16T15:00")); // 一星期内

        time.set("2026-11-12T00:05"); // the notice is over, the appeal still open: the campaign waits
        time.runDueJobs();
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.AWAITING_APPEALS);

        time.set("2026-11-13T10:00");
        InboxTask decide = appealTask("hehu", "committee", appeal.getId(), "APPEAL_DECISION");
        tasks.complete(decide, "hehu", "{\"outcome\":\"UPHELD\",\"decision\":\"经复核，评分依据充分，维持原结果。\"}", "committee");
        time.runDueJobs();

        Appeal closed = appeals.appeal(appeal.getId());
        assertThat(closed.getStatus()).isEqualTo(AppealStatus.CLOSED);
        assertThat(closed.getOutcome()).isEqualTo(AppealOutcome.UPHELD);
        assertThat(closed.decisionMet(time.now())).isTrue();
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(notifications.aboutAppeal(appeal.getId()))
                .filteredOn(n -> n.getRecipient().equals(login(last)))
                .extracting(n -> n.getTitle())
                .contains("申诉已受理", "申诉已转报", "申诉处理意见：维持原结果");

        // 公务员法 第九十五条: 30 days after the result is known; after that an appeal is refused
        Assessment first = ranked(c, 1);
        time.set("2026-12-14T10:00");
        assertThatThrownBy(() -> appeals.file(
                        first.getId(), login(first), new AppealService.FileAppeal("逾期申诉", List.of("TOTAL"), null)))
                .hasMessageContaining("申诉期限已过");
    }

    @Test
    void aLateForwardAndALateDecisionAreEscalatedOnceEach() {
        Campaign c = onNotice("DLG-SWB", "2026-06");
        Assessment a = ranked(c, 1);
        Appeal appeal = appeals.file(a.getId(), login(a), new AppealService.FileAppeal("理由", List.of("TOTAL"), null));

        time.set("2026-11-10T09:30"); // the 24 hours are over
        time.runDueJobs();
        time.set("2026-11-11T09:30");
        time.runDueJobs();
        Appeal late = appeals.appeal(appeal.getId());
        assertThat(late.isForwardEscalated()).isTrue();
        assertThat(late.forwardMet(time.now())).isFalse();
        // escalated to who heads the assessment work (seed 000 一: 党委副书记何虎同志全面负责绩考工作)
        assertThat(notifications.inbox("hehu"))
                .filteredOn(n -> n.getKind() == NotificationKind.ESCALATION
                        && appeal.getId().equals(n.getAppealId()))
                .hasSize(1);

        InboxTask forward = appealTask("wangwenjian", "office", appeal.getId(), "APPEAL_FORWARD");
        tasks.complete(forward, "wangwenjian", "{}", "office");
        assertThat(appeals.appeal(appeal.getId()).forwardMet(time.now())).isFalse();

        time.set("2026-11-18T10:00"); // one week after forwarding, no decision
        time.runDueJobs();
        time.set("2026-11-20T10:00");
        time.runDueJobs();
        assertThat(appeals.appeal(appeal.getId()).isDecisionEscalated()).isTrue();
        // escalated to the committee head (seed 000 一: 主任 王锋)
        assertThat(notifications.inbox("wangfeng"))
                .filteredOn(n -> n.getKind() == NotificationKind.ESCALATION
                        && appeal.getId().equals(n.getAppealId()))
                .hasSize(1);
        assertThat(audit.history("Appeal", String.valueOf(appeal.getId())))
                .extracting(r -> r.getAction())
                .contains("APPEAL_FORWARD_OVERDUE", "APPEAL_DECISION_OVERDUE");
    }

    @Test
    void anAdjustmentReRanksMovesAnotherCadresGradeAndGoesBackOnNotice() {
        Campaign c = onNotice("DLG-ZRB", "2026-06");
        int n = campaigns.assessments(c.getId()).size();
        Map<Long, String> gradesBefore = campaigns.assessments(c.getId()).stream()
                .collect(Collectors.toMap(Assessment::getId, Assessment::getGrade));
        Assessment last = ranked(c, n);
        Appeal appeal = appeals.file(
                last.getId(), login(last), new AppealService.FileAppeal("评分有误", List.of("performance"), null));
        tasks.complete(
                appealTask("wangwenjian", "office", appeal.getId(), "APPEAL_FORWARD"), "wangwenjian", "{}", "office");

        time.set("2026-11-10T16:00");
        tasks.complete(
                appealTask("hehu", "committee", appeal.getId(), "APPEAL_DECISION"),
                "hehu",
                "{\"outcome\":\"ADJUSTED\",\"decision\":\"业绩评分录入有误，更正为100分\",\"changes\":[{\"target\":\"performance\",\"value\":\"100\"}]}",
                "committee");
        Assessment raised = campaigns.assessment(last.getId());
        assertThat(raised.getRankNo()).isEqualTo(1);
        Appeal decided = appeals.appeal(appeal.getId());
        assertThat(decided.getStatus()).isEqualTo(AppealStatus.RENOTICE);
        // re-ranked with quotas: someone else's grade changed, and it is listed on the appeal
        List<Assessment> after = campaigns.assessments(c.getId());
        assertThat(after).filteredOn(a -> !a.getId().equals(last.getId())).anySatisfy(a -> assertThat(a.getGrade())
                .isNotEqualTo(gradesBefore.get(a.getId())));
        assertThat(decided.getOthersChanged()).contains("assessmentId");
        // a new notice of 3 working days: 11-11, 11-12, 11-13 (opened after noon on 11-10)
        assertThat(decided.getRenoticeStart()).isEqualTo(at("2026-11-11T00:00"));
        assertThat(decided.getRenoticeEnd()).isEqualTo(at("2026-11-14T00:00"));

        time.set("2026-11-12T00:05");
        time.runDueJobs();
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.AWAITING_APPEALS);
        time.set("2026-11-14T00:05");
        time.runDueJobs();
        assertThat(appeals.appeal(appeal.getId()).getStatus()).isEqualTo(AppealStatus.CLOSED);
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(campaigns.assessment(last.getId()).getTotal()).isEqualByComparingTo("100");
    }

    @Test
    void theCommitteeCannotMakeTheAppellantWorse() {
        Campaign c = onNotice("DLG-ZZB", "2026-06");
        Assessment top = ranked(c, 1);
        BigDecimal before = top.getTotal();
        Appeal appeal =
                appeals.file(top.getId(), login(top), new AppealService.FileAppeal("理由", List.of("performance"), null));
        tasks.complete(
                appealTask("wangwenjian", "office", appeal.getId(), "APPEAL_FORWARD"), "wangwenjian", "{}", "office");
        InboxTask decide = appealTask("hehu", "committee", appeal.getId(), "APPEAL_DECISION");
        assertThatThrownBy(() -> tasks.complete(
                        decide,
                        "hehu",
                        "{\"outcome\":\"ADJUSTED\",\"decision\":\"降分\",\"changes\":[{\"target\":\"performance\",\"value\":\"50\"}]}",
                        "committee"))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("申诉不得加重处理");
        assertThat(campaigns.assessment(top.getId()).getTotal()).isEqualByComparingTo(before);
        assertThat(appeals.appeal(appeal.getId()).getStatus()).isEqualTo(AppealStatus.FORWARDED);
        assertThat(campaigns.adjustments(c.getId())).isEmpty();
    }

    @Test
    void badAppealsAreRefusedAndNothingIsStored() {
        Campaign c = onNotice("DLG-YJB", "2026-06");
        List<Assessment> all = campaigns.assessments(c.getId());
        Assessment mine = all.get(0);
        Assessment other = all.get(1);
        long count = jdbc.queryForObject("select count(*) from appeal", Long.class);
        assertThatThrownBy(() -> appeals.file(
                        other.getId(), login(mine), new AppealService.FileAppeal("x", List.of("TOTAL"), null)))
                .hasMessageContaining("只能对本人的考核结果提出申诉");
        assertThatThrownBy(() -> appeals.file(
                        mine.getId(), login(mine), new AppealService.FileAppeal("  ", List.of("TOTAL"), null)))
                .hasMessageContaining("请填写申诉理由");
        assertThatThrownBy(() -> appeals.file(
                        mine.getId(), login(mine), new AppealService.FileAppeal("x", List.of("nope"), null)))
                .hasMessageContaining("没有评分项目");
        assertThat(jdbc.queryForObject("select count(*) from appeal", Long.class))
                .isEqualTo(count);
        appeals.file(mine.getId(), login(mine), new AppealService.FileAppeal("理由", List.of("TOTAL"), null));
        assertThatThrownBy(() -> appeals.file(
                        mine.getId(), login(mine), new AppealService.FileAppeal("再次", List.of("TOTAL"), null)))
                .hasMessageContaining("尚在办理中");
        assertThat(jdbc.queryForObject("select count(*) from appeal", Long.class))
                .isEqualTo(count + 1);
    }

    @Test
    void anAppealAdjustmentIsWithdrawnWithAReasonUntilTheCampaignIsFinal() {
        Campaign c = onNotice("DLG-NYZX", "2026-06");
        List<Assessment> all = campaigns.assessments(c.getId());
        Map<Long, List<Object>> unadjusted = results(c);
        Assessment last = ranked(c, all.size());
        Assessment secondLast = ranked(c, all.size() - 1);
        TestRestTemplate committee = users.as(rest, "hehu"); // 何虎, committee deputy director

        // the adjustment form's ranges, before anything is typed: seed 003 月度业绩 is rated 0–100, the total 0–100
        ResponseEntity<JsonNode> ranges =
                committee.getForEntity("/api/assessments/" + last.getId() + "/adjustment-ranges", JsonNode.class);
        assertThat(ranges.getStatusCode().value()).isEqualTo(200);
        JsonNode performance = find(ranges.getBody(), "performance");
        assertThat(performance.path("label").asText()).isEqualTo("月度业绩");
        assertThat(performance.path("min").decimalValue()).isEqualByComparingTo("0");
        assertThat(performance.path("max").decimalValue()).isEqualByComparingTo("100");
        assertThat(performance.path("text").asText()).isEqualTo("0–100");
        assertThat(find(ranges.getBody(), "TOTAL").path("max").decimalValue()).isEqualByComparingTo("100");
        assertThat(find(ranges.getBody(), "GRADE").path("grades").toString())
                .contains("A等", "B等", "C等", "D等"); // seed 003 四
        assertThat(users.as(rest, login(last))
                        .getForEntity("/api/assessments/" + last.getId() + "/adjustment-ranges", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        // the committee upholds the appeal with a category adjustment: the appellant is first
        Appeal appeal = appeals.file(
                last.getId(), login(last), new AppealService.FileAppeal("月度业绩评分有误", List.of("performance"), null));
        tasks.complete(
                appealTask("wangwenjian", "office", appeal.getId(), "APPEAL_FORWARD"), "wangwenjian", "{}", "office");
        time.set("2026-11-10T16:00");
        tasks.complete(
                appealTask("hehu", "committee", appeal.getId(), "APPEAL_DECISION"),
                "hehu",
                "{\"outcome\":\"ADJUSTED\",\"decision\":\"业绩评分录入有误，更正为100分\",\"changes\":[{\"target\":\"performance\",\"value\":\"100\"}]}",
                "committee");
        assertThat(campaigns.assessment(last.getId()).getRankNo()).isEqualTo(1);
        ResultAdjustment adjustment = campaigns.adjustments(c.getId()).stream()
                .filter(a -> a.getSourceRef().equals(String.valueOf(appeal.getId())))
                .findFirst()
                .orElseThrow();
        assertThat(adjustment.getSource()).isEqualTo(ResultAdjustment.APPEAL);
        assertThat(boardRow(committee, c, last).path("originalTotal").decimalValue())
                .isEqualByComparingTo(last.getTotal()); // the board shows the original beside the adjusted total
        Map<Long, List<Object>> adjusted = results(c);

        // without a reason: 400 naming the field, nothing changes
        ResponseEntity<JsonNode> noReason = committee.postForEntity(
                "/api/adjustments/" + adjustment.getId() + "/withdraw", Map.of("reason", "  "), JsonNode.class);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().path("code").asText()).isEqualTo("CAMPAIGN-010");
        assertThat(noReason.getBody().path("problems").get(0).path("field").asText())
                .isEqualTo("reason");
        assertThat(noReason.getBody().path("message").asText()).contains("理由");
        // the appellant, another cadre and the office may not withdraw: 403, nothing changes
        for (TestRestTemplate who :
                List.of(users.as(rest, login(last)), users.as(rest, login(secondLast)), users.office(rest))) {
            assertThat(who.postForEntity(
                                    "/api/adjustments/" + adjustment.getId() + "/withdraw",
                                    Map.of("reason", "不是领导小组"),
                                    String.class)
                            .getStatusCode()
                            .value())
                    .isEqualTo(403);
        }
        assertThat(results(c)).isEqualTo(adjusted);
        assertThat(campaigns.adjustments(c.getId())).allMatch(ResultAdjustment::inForce);

        // withdrawn with a reason during the re-notice: total, rank, grade and pay of everyone as before the appeal
        time.set("2026-11-11T10:00");
        ResponseEntity<JsonNode> withdrawn = committee.postForEntity(
                "/api/adjustments/" + adjustment.getId() + "/withdraw",
                Map.of("reason", "复核发现更正依据不实，撤回申诉调整"),
                JsonNode.class);
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(results(c)).isEqualTo(unadjusted);
        assertThat(boardRow(committee, c, last).path("originalTotal").isNumber())
                .isFalse(); // no adjustment in force: no original beside the total
        assertThat(jdbc.queryForMap(
                        "select actor, reason, before_state, after_state from audit_record where action ="
                                + " 'ADJUSTMENT_WITHDRAWN' and entity_id = ?",
                        String.valueOf(last.getId())))
                .satisfies(r -> {
                    assertThat(r.get("actor")).isEqualTo("hehu");
                    assertThat(r.get("reason")).isEqualTo("复核发现更正依据不实，撤回申诉调整");
                    assertThat(String.valueOf(r.get("before_state"))).contains("\"rank\":1");
                    assertThat(String.valueOf(r.get("after_state")))
                            .contains("\"rank\":" + all.size())
                            .contains("\"source\":\"APPEAL\"")
                            .contains("\"appealId\":\"" + appeal.getId() + "\"");
                });
        assertThat(notifications.aboutAppeal(appeal.getId()))
                .extracting(n -> n.getTitle())
                .contains("申诉调整已撤回");
        // the reports show only adjustments in force: the appeal register says the adjustment was withdrawn
        assertThat(pdfText(committee, "/api/campaigns/" + c.getId() + "/reports/appeal-register?format=pdf"))
                .contains("调整已撤回");

        // another appeal adjusted and still in force when the campaign is finalised: it stays (409, Chinese)
        Appeal second = appeals.file(
                secondLast.getId(),
                login(secondLast),
                new AppealService.FileAppeal("月度业绩评分偏低", List.of("performance"), null));
        tasks.complete(
                appealTask("wangwenjian", "office", second.getId(), "APPEAL_FORWARD"), "wangwenjian", "{}", "office");
        tasks.complete(
                appealTask("hehu", "committee", second.getId(), "APPEAL_DECISION"),
                "hehu",
                "{\"outcome\":\"ADJUSTED\",\"decision\":\"更正为100分\",\"changes\":[{\"target\":\"performance\",\"value\":\"100\"}]}",
                "committee");
        time.set("2026-11-12T00:05");
        time.runDueJobs();
        time.set("2026-11-14T00:05");
        time.runDueJobs();
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.FINALISED);
        ResultAdjustment inForce = campaigns.adjustments(c.getId()).stream()
                .filter(ResultAdjustment::inForce)
                .findFirst()
                .orElseThrow();
        Map<Long, List<Object>> finalResults = results(c);
        ResponseEntity<JsonNode> tooLate = committee.postForEntity(
                "/api/adjustments/" + inForce.getId() + "/withdraw", Map.of("reason", "定档后撤回"), JsonNode.class);
        assertThat(tooLate.getStatusCode().value()).isEqualTo(409);
        assertThat(tooLate.getBody().path("code").asText()).isEqualTo("CAMPAIGN-024");
        assertThat(tooLate.getBody().path("message").asText()).contains("定档").contains("不能再撤回");
        assertThat(results(c)).isEqualTo(finalResults);
        assertThat(campaigns.adjustments(c.getId()).stream().filter(ResultAdjustment::inForce))
                .hasSize(1);
    }

    /** Total, rank, grade and pay of every assessment of the campaign. */
    Map<Long, List<Object>> results(Campaign c) {
        return campaigns.assessments(c.getId()).stream()
                .collect(Collectors.toMap(
                        Assessment::getId,
                        a -> java.util.Arrays.asList(
                                a.getTotal() == null ? null : a.getTotal().stripTrailingZeros(),
                                a.getRankNo(),
                                a.getGrade(),
                                a.getPay() == null ? null : a.getPay().stripTrailingZeros())));
    }

    /** A report as PDF, its text without whitespace (Chinese extraction spaces glyphs unevenly). */
    static String pdfText(TestRestTemplate who, String url) {
        ResponseEntity<byte[]> pdf = who.getForEntity(url, byte[].class);
        assertThat(pdf.getStatusCode().value()).as(url).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode find(JsonNode ranges, String target) {
        for (JsonNode r : ranges) {
            if (r.path("target").asText().equals(target)) {
                return r;
            }
        }
        throw new AssertionError("no range for " + target + " in " + ranges);
    }

    static JsonNode boardRow(TestRestTemplate who, Campaign c, Assessment a) {
        for (JsonNode row : who.getForObject("/api/campaigns/" + c.getId() + "/ranking", JsonNode.class)) {
            if (row.path("assessmentId").asLong() == a.getId()) {
                return row;
            }
        }
        throw new AssertionError("no board row for " + a.getId());
    }

    InboxTask appealTask(String user, String group, long appealId, String kind) {
        return tasks.of(user, group).stream()
                .filter(t -> t.kind().equals(kind) && Long.valueOf(appealId).equals(t.appealId()))
                .findFirst()
                .orElseThrow();
    }
}
