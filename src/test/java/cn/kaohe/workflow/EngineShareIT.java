package cn.kaohe.workflow;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine writes for a completion beyond the work itself (docs/adr/0013, addendum "the engine's share of a
 * completion"): no authorization row per task, no task-user metric, the history removal time set when the instance
 * starts (not 16 updates when it ends), and the scoring step told by its service task, not by a history-written input
 * variable — while the results are the same.
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
                        "select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_ScoreAfterRating'"
                                + " and end_time_ is not null and proc_inst_id_ in (" + marks(instances) + ")",
                        instances))
                .as("both processes scored after the rating and ended")
                .isEqualTo(2);
        assertThat(removalTimesSet(instances))
                .as("still set after the end, unchanged in count")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task_meter_log", Long.class))
                .as("no task-user metric rows")
                .isZero();
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
