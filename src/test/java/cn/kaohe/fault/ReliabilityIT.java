package cn.kaohe.fault;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.support.TestUsers;
import cn.kaohe.workflow.InboxTask;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 behaviours in the shared test context (job executor off, time moved by the test): a returned
 * self-evaluation is due again with its timers moved; failed steps are incidents the office sees in Chinese; bad task
 * bodies are a 400 naming the field and change nothing.
 */
@IntegrationTest
class ReliabilityIT {

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
    TestUsers users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    cn.kaohe.workflow.WaitRecheck recheck;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aReturnedSelfEvaluationIsDueAgainWithItsReminderAndEscalationMoved() {
        time.set("2026-09-07T09:00"); // a Monday
        Campaign c = openMonthly("2026-08", "2026-09-09T18:00", "2026-09-18T18:00", "2026-09-25T18:00");
        InboxTask self = tasks.ofKind(c.getId(), "SELF_EVALUATION").get(0);
        tasks.complete(self, self.assignee(), "{\"summary\":\"8月工作按计划完成。\"}");
        InboxTask rating = tasks.ofKind(c.getId(), "RATING").stream()
                .filter(t -> t.assessmentId().equals(self.assessmentId()))
                .findFirst()
                .orElseThrow();

        time.set("2026-09-10T10:00"); // the original due date (09-09 18:00) has passed
        tasks.complete(rating, rating.assignee(), "{\"action\":\"return\",\"reason\":\"请补充工作实绩\"}");
        time.runDueJobs();

        InboxTask again = tasks.ofKind(c.getId(), "SELF_EVALUATION").stream()
                .filter(t -> t.assessmentId().equals(self.assessmentId()))
                .findFirst()
                .orElseThrow();
        // 3 working days from Thursday 2026-09-10 (Thu, Fri, Mon): due at the end of Monday 2026-09-14
        assertThat(again.due()).isAfter(at("2026-09-14T00:00")).isBeforeOrEqualTo(at("2026-09-15T00:00"));
        assertThat(again.overdue()).isFalse();
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("assessment-" + self.assessmentId())
                .singleResult()
                .getId();
        List<Date> timers = time.waitingTimers(instance).stream()
                .map(Job::getDuedate)
                .sorted()
                .toList();
        assertThat(timers)
                .as("reminder 24 h before the new due date, escalation at it")
                .containsExactly(
                        Date.from(again.due().minus(Duration.ofHours(24)).toInstant()),
                        Date.from(again.due().toInstant()));
        // nothing fired at once on the old, passed due date
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where assessment_id = ? and kind in ('REMINDER','ESCALATION')",
                        Integer.class,
                        self.assessmentId()))
                .isZero();
    }

    @Test
    void aFailedStepIsAnIncidentTheOfficeSeesInChinese() {
        time.set("2026-09-07T09:00");
        Campaign c = openMonthly("2026-07", "2026-09-09T18:00", "2026-09-18T18:00", "2026-09-25T18:00");
        String execution = runtime.createExecutionQuery()
                .processInstanceBusinessKey("campaign-" + c.getId())
                .activityId("ReceiveTask_AwaitRatings")
                .singleResult()
                .getId();
        runtime.createIncident("failedJob", execution, null, "Connection refused");

        ResponseEntity<JsonNode> office = users.office(rest).getForEntity("/api/incidents", JsonNode.class);
        assertThat(office.getStatusCode().value()).isEqualTo(200);
        assertThat(office.getBody()).anySatisfy(i -> {
            assertThat(i.get("businessKey").asText()).isEqualTo("campaign-" + c.getId());
            assertThat(i.get("process").asText()).isEqualTo("考核批次");
            assertThat(i.get("description").asText()).contains("多次自动重试后仍失败");
            assertThat(i.get("cause").asText()).isEqualTo("Connection refused");
        });
        ResponseEntity<JsonNode> cadre = users.as(rest, "chenkun").getForEntity("/api/incidents", JsonNode.class);
        assertThat(cadre.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void badTaskBodiesAreA400NamingTheFieldAndChangeNothing() {
        time.set("2026-09-07T09:00");
        Campaign c = openMonthly("2026-06", "2026-09-09T18:00", "2026-09-18T18:00", "2026-09-25T18:00");
        InboxTask self = tasks.ofKind(c.getId(), "SELF_EVALUATION").get(0);
        TestRestTemplate cadre = users.as(rest, self.assignee());
        long audit = jdbc.queryForObject("select count(*) from audit_record", Long.class);

        for (String path : List.of("/draft", "/complete")) {
            ResponseEntity<JsonNode> r = send(
                    cadre,
                    path.equals("/draft") ? HttpMethod.PUT : HttpMethod.POST,
                    "/api/tasks/" + self.id() + path,
                    "null");
            assertThat(r.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(r.getBody().get("problems").get(0).get("field").asText()).isEqualTo("form");
        }
        assertThat(send(cadre, HttpMethod.POST, "/api/tasks/" + self.id() + "/complete", "{}"))
                .satisfies(r -> assertThat(r.getBody().get("code").asText()).isEqualTo("CAMPAIGN-013"));
        assertThat(send(cadre, HttpMethod.POST, "/api/tasks/" + self.id() + "/complete", "[1]"))
                .satisfies(r -> assertThat(
                                r.getBody().get("problems").get(0).get("field").asText())
                        .isEqualTo("form"));
        ResponseEntity<JsonNode> nul =
                send(cadre, HttpMethod.POST, "/api/tasks/" + self.id() + "/complete", "{\"summary\":\"完成\\u0000\"}");
        assertThat(nul.getStatusCode().value()).isEqualTo(400);
        assertThat(nul.getBody().get("problems").get(0).get("field").asText()).isEqualTo("summary");
        for (String batch : List.of("[]", "[{}]", "[null]", "[{\"taskId\":null}]")) {
            ResponseEntity<JsonNode> r = send(cadre, HttpMethod.POST, "/api/tasks/complete-batch", batch);
            assertThat(r.getStatusCode().value()).as(batch).isEqualTo(400);
        }
        ResponseEntity<JsonNode> named =
                send(cadre, HttpMethod.POST, "/api/tasks/complete-batch", "[{\"taskId\":null}]");
        assertThat(named.getBody().get("problems").get(0).get("field").asText()).isEqualTo("[0].taskId");

        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class))
                .isEqualTo(audit);
        assertThat(tasks.ofKind(c.getId(), "SELF_EVALUATION"))
                .extracting(InboxTask::id)
                .contains(self.id());
    }

    @Test
    void aCampaignWhoseAllRatedMessageWasLostIsMovedOnByTheRecheck() {
        time.set("2026-09-07T09:00");
        Campaign c = openMonthly("2026-05", "2026-09-09T18:00", "2026-09-18T18:00", "2026-09-25T18:00");
        String key = "campaign-" + c.getId();
        assertThat(runtime.createExecutionQuery()
                        .processInstanceBusinessKey(key)
                        .activityId("ReceiveTask_AwaitRatings")
                        .count())
                .isEqualTo(1);
        assertThat(recheck.recheck())
                .as("nothing to move while ratings are missing")
                .isZero();

        // every rating is in (committed), but the signal that should have followed the last commit was lost (a crash
        // between the commit and the signal): the re-check reads the same count from the assessments
        jdbc.update("update assessment set status = 'RATED' where campaign_id = ?", c.getId());
        assertThat(recheck.recheck()).isEqualTo(1);

        assertThat(runtime.createExecutionQuery()
                        .processInstanceBusinessKey(key)
                        .activityId("ReceiveTask_AwaitRatings")
                        .count())
                .as("no longer waiting for ratings")
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(key)
                        .count())
                .as("the campaign goes on")
                .isEqualTo(1);
        assertThat(recheck.recheck()).as("a campaign is moved on once").isZero();
    }

    @Test
    void aCampaignWaitingForAppealsThatAreAllClosedIsMovedOnByTheRecheck() {
        time.set("2026-09-07T09:00");
        Campaign c = openMonthly("2026-04", "2026-09-09T18:00", "2026-09-18T18:00", "2026-09-25T18:00");
        String key = "campaign-" + c.getId();
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        // the notice ended with an appeal open, the appeal was closed, but the message that should have woken the
        // campaign was lost (a crash after commit): the campaign waits at ReceiveTask_AwaitAppealsClosed
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification =
                runtime.createProcessInstanceModification(instance)
                        .startBeforeActivity("ReceiveTask_AwaitAppealsClosed");
        for (var child : runtime.getActivityInstance(instance).getChildActivityInstances()) {
            modification = modification.cancelActivityInstance(child.getId());
        }
        modification.execute(true, true);
        jdbc.update("update campaign set status = 'AWAITING_APPEALS' where id = ?", c.getId());
        assertThat(runtime.createExecutionQuery()
                        .processInstanceBusinessKey(key)
                        .activityId("ReceiveTask_AwaitAppealsClosed")
                        .count())
                .isEqualTo(1);

        assertThat(recheck.recheck()).isEqualTo(1);

        assertThat(runtime.createExecutionQuery()
                        .processInstanceBusinessKey(key)
                        .activityId("ReceiveTask_AwaitAppealsClosed")
                        .count())
                .as("no longer waiting for appeals")
                .isZero();
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(instance)
                        .activityId("ServiceTask_FinaliseCampaign")
                        .count())
                .as("the finalisation is due")
                .isEqualTo(1);
        assertThat(recheck.recheck()).as("a campaign is moved on once").isZero();
    }

    private Campaign openMonthly(String period, String selfDue, String ratingDue, String reviewDue) {
        users.ensureCadres();
        long unit = jdbc.queryForObject("select id from org_unit where name = '党建办'", Long.class);
        long scheme = schemes.importPreset("baicheng-monthly", null).getId();
        Campaign c = campaigns.open(
                new OpenCampaign(null, unit, Cycle.MONTHLY, period, scheme, at(selfDue), at(ratingDue), at(reviewDue)));
        time.runDueJobs();
        return c;
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate as, HttpMethod method, String path, String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return as.exchange(path, method, new HttpEntity<>(body, h), JsonNode.class);
    }
}
