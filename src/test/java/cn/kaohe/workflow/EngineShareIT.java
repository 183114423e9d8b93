package cn.kaohe.workflow;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine writes for a completion beyond the work itself (docs/adr/0013, addendum "the engine's share of a
 * completion"; "plans, not only statements"): no authorization row per task, no task-user metric, the scoring step
 * told by its service task, not by an input variable, no engine history of a cadre's assessment (the audit trail is
 * its record), no incident lookups for jobs that cannot have one, an index for the sub-task lookup and fresh planner
 * statistics after an opening — while the results are the same.
 */
@IntegrationTest
class EngineShareIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

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
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aCompletionWritesNoPerTaskGrantsMetricsStageVariablesOrAssessmentHistoryAndScoresAsBefore() {
        time.set("2026-09-07T09:00");
        SmallTown town = new SmallTown(org, cadres, "ES");
        long scheme = schemes.importPreset("baicheng-monthly", null).getId();
        Campaign c = campaigns.open(new OpenCampaign(
                null,
                town.office,
                Cycle.MONTHLY,
                "2026-08",
                scheme,
                at("2026-09-09T18:00"),
                at("2026-09-18T18:00"),
                at("2026-09-25T18:00")));
        time.runDueJobs();
        List<String> instances = jdbc.queryForList(
                "select id_ from act_ru_execution where parent_id_ is null and business_key_ in"
                        + " (select 'assessment-' || id from assessment where campaign_id = ?)",
                String.class,
                c.getId());
        assertThat(instances).as("one assessment process per clerk").hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_indexes where tablename = 'act_ru_task' and indexname = ?",
                        Long.class,
                        EngineTables.PARENT_TASK_INDEX))
                .as("a task's sub-tasks are found through an index, not by reading every task")
                .isOne();
        new EngineTables().postProcessEngineBuild(engine); // a second node's start: nothing to do, no error
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_stat_user_tables where relname in ('act_ru_task', 'act_ru_variable',"
                                + " 'assessment') and last_analyze is not null",
                        Long.class))
                .as("the opening refreshed the planner's statistics of the tables it filled")
                .isEqualTo(3);

        List<String> taskIds = new java.util.ArrayList<>();
        tasks.ofKind(c.getId(), "SELF_EVALUATION").forEach(t -> {
            taskIds.add(t.id());
            tasks.complete(t, t.assignee(), "{\"summary\":\"本月工作按计划完成。\"}");
        });
        List<Map<String, Object>> provisional =
                jdbc.queryForList("select status, result from assessment where campaign_id = ? order by id", c.getId());
        assertThat(provisional)
                .as("the provisional scoring ran after self-evaluation (its result or its problems are written)")
                .allSatisfy(r -> {
                    assertThat(r.get("status")).isEqualTo("RATING");
                    assertThat(r.get("result")).isNotNull();
                });
        assertThat(count(
                        "select count(*) from act_ru_variable where name_ = 'stage' and proc_inst_id_ in ("
                                + marks(instances) + ")",
                        instances))
                .as("no stage variable: the delegate knows its step from its service task")
                .isZero();
        tasks.ofKind(c.getId(), "RATING").forEach(t -> {
            taskIds.add(t.id());
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}");
        });
        assertThat(campaigns.ratedCount(c.getId())).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution e join act_ru_execution p on p.id_ = e.proc_inst_id_"
                                + " where p.business_key_ = ? and e.act_id_ = 'ReceiveTask_AwaitRatings'",
                        Long.class,
                        "campaign-" + c.getId()))
                .as("the rating step ran as the rated one: the last rating moved the campaign on")
                .isZero();

        assertThat(count(
                        "select count(*) from act_ru_authorization where resource_type_ = 7 and resource_id_ in ("
                                + marks(taskIds) + ")",
                        taskIds))
                .as("no authorization row for any of their tasks (docs/adr/0008: tasks are done in Kaohe's inbox)")
                .isZero();
        assertThat(count(
                        "select count(*) from act_ru_execution where proc_inst_id_ in (" + marks(instances) + ")",
                        instances))
                .as("both processes scored after the rating and ended")
                .isZero();
        assertThat(jdbc.queryForList(
                        "select status, total from assessment where campaign_id = ? order by id", c.getId()))
                .as("the score after the rating is written")
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("RATED"));
        for (String table : List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_actinst")) {
            assertThat(count(
                            "select count(*) from " + table + " where proc_inst_id_ in (" + marks(instances) + ")",
                            instances))
                    .as("a cadre's assessment writes no engine history (history level kaohe-audit): " + table)
                    .isZero();
        }
        assertThat(jdbc.queryForList(
                        "select action, actor from audit_record where entity_type = 'Assessment' and entity_id in"
                                + " (select cast(id as varchar) from assessment where campaign_id = ?)"
                                + " and action in ('SELF_EVALUATION_SUBMITTED', 'RATED') order by id",
                        c.getId()))
                .as("the audit trail is its record: who did each step (and when, before/after)")
                .extracting(r -> r.get("action") + " " + r.get("actor"))
                .containsExactlyInAnyOrder(
                        "SELF_EVALUATION_SUBMITTED " + town.clerkLogin,
                        "SELF_EVALUATION_SUBMITTED " + town.otherClerkLogin,
                        "RATED " + town.leaderLogin,
                        "RATED " + town.leaderLogin);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_"
                                + " where p.business_key_ = ?",
                        Long.class,
                        "campaign-" + c.getId()))
                .as("the campaign's process keeps AUDIT's activity history")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_procinst where removal_time_ is not null and business_key_ = ?",
                        Long.class,
                        "campaign-" + c.getId()))
                .as("the campaign's history gets its removal time when it starts")
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task_meter_log", Long.class))
                .as("no task-user metric rows")
                .isZero();
    }

    @Test
    void aFailedTimersIncidentIsStillRemovedWhenItsTaskIsDone() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("EngineShareIncident")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Work")
                .camundaAssignee("engine-share")
                .boundaryEvent("Late")
                .cancelActivity(false)
                .timerWithDuration("PT1H")
                .serviceTask("Fails")
                .camundaExpression("${engineShareNoSuchBean.run()}")
                .endEvent()
                .moveToActivity("Work")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("engine-share-incident.bpmn", model)
                .deploy();
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey("EngineShareIncident")
                .getId();
        ManagementService management = engine.getManagementService();
        Job timer = management.createJobQuery().processInstanceId(instance).singleResult();
        for (int attempt = 0; attempt < 10 && incidents(instance) == 0; attempt++) {
            assertThatThrownBy(() -> management.executeJob(timer.getId())).isInstanceOf(RuntimeException.class);
        }
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the timer's job ran out of retries: a failed-job incident")
                .isEqualTo(1);

        String task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        engine.getTaskService().complete(task);

        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the task is done, its timer deleted, and the timer's incident with it (FailedJobIncidents)")
                .isZero();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE))
                .as("the handler that skips the lookup for jobs with retries left is the one in use")
                .isInstanceOf(FailedJobIncidents.Handler.class);
    }

    private long incidents(String instance) {
        return engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(instance)
                .count();
    }

    private long count(String sql, List<String> args) {
        return jdbc.queryForObject(sql, Long.class, args.toArray());
    }

    private static String marks(List<String> ids) {
        return String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    }
}
