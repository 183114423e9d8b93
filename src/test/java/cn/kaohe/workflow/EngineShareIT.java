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
 * completion"): no authorization row per task, no task-user metric, the history removal time set when the instance
 * starts (not 16 updates when it ends), and the scoring step told by its service task, not by a history-written input
 * variable, no activity instances of a cadre's assessment in history, no incident lookups for jobs that cannot have
 * one — while the results are the same.
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
    void aCompletionWritesNoPerTaskGrantsMetricsOrStageVariablesAndScoresAsBefore() {
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
                "select proc_inst_id_ from act_hi_procinst where business_key_ in"
                        + " (select 'assessment-' || id from assessment where campaign_id = ?)",
                String.class,
                c.getId());
        assertThat(instances).as("one assessment process per clerk").hasSize(2);
        assertThat(removalTimesSet(instances))
                .as("the removal time is set at the start (start + 10 years), not at the end")
                .isEqualTo(2);

        tasks.ofKind(c.getId(), "SELF_EVALUATION")
                .forEach(t -> tasks.complete(t, t.assignee(), "{\"summary\":\"本月工作按计划完成。\"}"));
        List<Map<String, Object>> provisional =
                jdbc.queryForList("select status, result from assessment where campaign_id = ? order by id", c.getId());
        assertThat(provisional)
                .as("the provisional scoring ran after self-evaluation (its result or its problems are written)")
                .allSatisfy(r -> {
                    assertThat(r.get("status")).isEqualTo("RATING");
                    assertThat(r.get("result")).isNotNull();
                });
        tasks.ofKind(c.getId(), "RATING")
                .forEach(t -> tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}"));
        assertThat(campaigns.ratedCount(c.getId())).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution e join act_ru_execution p on p.id_ = e.proc_inst_id_"
                                + " where p.business_key_ = ? and e.act_id_ = 'ReceiveTask_AwaitRatings'",
                        Long.class,
                        "campaign-" + c.getId()))
                .as("the rating step ran as the rated one: the last rating moved the campaign on")
                .isZero();

        assertThat(count(
                        "select count(*) from act_ru_authorization where resource_type_ = 7 and resource_id_ in"
                                + " (select id_ from act_hi_taskinst where proc_inst_id_ in (" + marks(instances)
                                + "))",
                        instances))
                .as("no authorization row for any of their tasks (docs/adr/0008: tasks are done in Kaohe's inbox)")
                .isZero();
        assertThat(count(
                        "select count(*) from act_hi_varinst where name_ = 'stage' and proc_inst_id_ in ("
                                + marks(instances) + ")",
                        instances))
                .as("no stage variable: the delegate knows its step from its service task")
                .isZero();
        assertThat(count(
                        "select count(*) from act_hi_procinst where end_time_ is not null"
                                + " and end_act_id_ = 'EndEvent_AssessmentRated' and proc_inst_id_ in ("
                                + marks(instances) + ")",
                        instances))
                .as("both processes scored after the rating and ended")
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select status, total from assessment where campaign_id = ? order by id", c.getId()))
                .as("the score after the rating is written")
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("RATED"));
        assertThat(count(
                        "select count(*) from act_hi_taskinst where end_time_ is not null and assignee_ is not null"
                                + " and proc_inst_id_ in (" + marks(instances) + ")",
                        instances))
                .as("history keeps who did each task and when: a self-evaluation and a rating per cadre")
                .isEqualTo(4);
        assertThat(count(
                        "select count(*) from act_hi_actinst where proc_inst_id_ in (" + marks(instances) + ")",
                        instances))
                .as("a cadre's assessment keeps no activity instances (history level kaohe-audit)")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_"
                                + " where p.business_key_ = ?",
                        Long.class,
                        "campaign-" + c.getId()))
                .as("the campaign's process keeps AUDIT's activity history")
                .isPositive();
        assertThat(removalTimesSet(instances))
                .as("still set after the end, unchanged in count")
                .isEqualTo(2);
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

    private long removalTimesSet(List<String> instances) {
        return count(
                "select count(*) from act_hi_procinst where removal_time_ is not null and proc_inst_id_ in ("
                        + marks(instances) + ")",
                instances);
    }

    private long count(String sql, List<String> args) {
        return jdbc.queryForObject(sql, Long.class, args.toArray());
    }

    private static String marks(List<String> ids) {
        return String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    }
}
