package cn.kaohe.workflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo clock exists in the demo profile only (these tests run in the "it" profile, as production does), and
 * what it does to the engine: a move forward makes the timers due that would be due by then, and is audited.
 */
@IntegrationTest
class DemoClockIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    cn.kaohe.scheme.SchemeCatalog schemes;

    @Autowired
    cn.kaohe.campaign.CampaignService campaigns;

    @Autowired
    EngineTime time;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ManagementService management;

    @Autowired
    AuditTrail audit;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void realTimeAgain() {
        time.reset();
    }

    @Test
    void outsideTheDemoTheClockDoesNotExistNotEvenForTheAdministrator() {
        users.ensure(TestUsers.ADMIN);
        TestRestTemplate admin = users.as(rest, TestUsers.ADMIN);
        Instant before = time.instant();

        ResponseEntity<JsonNode> read = admin.getForEntity("/api/admin/demo-clock", JsonNode.class);
        ResponseEntity<JsonNode> move =
                admin.postForEntity("/api/admin/demo-clock/advance", Map.of("days", 3), JsonNode.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(move.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(context.getBeansOfType(DemoClock.class)).isEmpty();
        assertThat(context.getBeansOfType(DemoClockController.class)).isEmpty();
        assertThat(time.instant()).as("the clock did not move").isBetween(before, before.plus(Duration.ofMinutes(5)));
    }

    @Test
    void movingForwardMakesTheTimersDueThatWouldBeDueByThenAndIsAudited() {
        time.reset();
        // a campaign of its own (the shared fixture's tasks are worked on by other tests): 党建办's four cadres,
        // self-evaluation due in 10 days, reminders 24 h before
        users.ensureCadres();
        long unit = jdbc.queryForObject("select id from org_unit where code = 'DLG-DJB'", Long.class);
        long scheme = schemes.importPreset("daligang-2021", null).getId();
        java.time.OffsetDateTime now = time.now();
        long campaignId = campaigns
                .open(new cn.kaohe.campaign.OpenCampaign(
                                "党建办2023年度考核（演示时钟）",
                                unit,
                                cn.kaohe.shared.Cycle.ANNUAL,
                                "2023",
                                scheme,
                                now.plusDays(10),
                                now.plusDays(20),
                                now.plusDays(30))
                        .withPayPool(new java.math.BigDecimal("300000")))
                .getId();
        time.runDueJobs();
        // only this campaign's timers: other tests' campaigns share the database and have their own due dates
        java.util.Set<String> ours =
                runtime.createProcessInstanceQuery().variableValueEquals("campaignId", campaignId).list().stream()
                        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId)
                        .collect(java.util.stream.Collectors.toSet());
        DemoClock clock = new DemoClock(
                management,
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
                audit,
                json,
                "Asia/Shanghai");
        long dueBefore = management.createJobQuery().executable().count();
        long offsetBefore = clock.state().offsetMinutes();
        Instant start = time.instant();

        DemoClock.State state = clock.advance(new DemoClock.Move(2L, 9L, null), TestUsers.ADMIN);

        // the engine's clock and the application's (EngineClock reads ClockUtil) are 9 days 2 hours ahead
        assertThat(Duration.between(start, time.instant())).isBetween(Duration.ofHours(218), Duration.ofHours(219));
        assertThat(state.offsetMinutes() - offsetBefore).isBetween(9L * 1440 + 119, 9L * 1440 + 121);
        List<String> dueNow = management.createJobQuery().executable().list().stream()
                .filter(job -> job.getJobDefinitionId() != null) // e.g. history cleanup has none
                .filter(job -> ours.contains(job.getProcessInstanceId()))
                .map(job -> management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult()
                        .getActivityId())
                .toList();
        assertThat(state.dueJobs()).isGreaterThanOrEqualTo(dueBefore + 4);
        assertThat(dueNow)
                .filteredOn("BoundaryEvent_SelfEvaluationReminder"::equals)
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(dueNow).doesNotContain("BoundaryEvent_SelfEvaluationOverdue");

        List<AuditRecord> moves = audit.history(DemoClock.ENTITY_TYPE, DemoClock.ENTITY_ID);
        AuditRecord last = moves.get(moves.size() - 1);
        assertThat(last.getAction()).isEqualTo("DEMO_CLOCK_ADVANCED");
        assertThat(last.getActor()).isEqualTo(TestUsers.ADMIN);
        assertThat(last.getReason()).isEqualTo("演示：时钟前移 9 天 2 小时");
        assertThat(last.getBeforeState()).contains("\"offsetMinutes\":" + offsetBefore);
        assertThat(last.getAfterState()).contains("\"movedMinutes\":" + (9 * 1440 + 120));

        // a restarted demo takes up the last audited offset instead of travelling back in time
        time.reset();
        clock.restore();
        assertThat(Duration.between(start, time.instant())).isBetween(Duration.ofHours(218), Duration.ofHours(219));
    }
}
