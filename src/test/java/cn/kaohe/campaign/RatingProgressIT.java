package cn.kaohe.campaign;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.AtOnce;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many assessments are rated is read from the assessments (no counter on the campaign row, docs/adr/0013): the
 * campaign moves on after the last rating commits, exactly once even when the last two ratings commit at once.
 */
@IntegrationTest
class RatingProgressIT {

    private static final String AWAIT_RATINGS = "ReceiveTask_AwaitRatings";

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
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void theLastTwoRatingsCommittedAtOnceMoveTheCampaignOnExactlyOnce() throws Exception {
        time.set("2026-09-07T09:00");
        SmallTown town = new SmallTown(org, cadres, "RP");
        long scheme = schemes.importPreset("baicheng-monthly", null).getId();
        // a few campaigns, so that the two last ratings meet at commit more than once
        for (String period : List.of("2026-06", "2026-07", "2026-08")) {
            Campaign c = campaigns.open(new OpenCampaign(
                    null,
                    town.office,
                    Cycle.MONTHLY,
                    period,
                    scheme,
                    at("2026-09-09T18:00"),
                    at("2026-09-18T18:00"),
                    at("2026-09-25T18:00")));
            time.runDueJobs();
            String key = "campaign-" + c.getId();
            for (InboxTask t : tasks.ofKind(c.getId(), "SELF_EVALUATION")) {
                tasks.complete(t, t.assignee(), "{\"summary\":\"本月工作按计划完成。\"}");
            }
            List<InboxTask> ratings = tasks.ofKind(c.getId(), "RATING");
            assertThat(ratings)
                    .as("the office's two clerks wait for their leader's rating")
                    .hasSize(2);
            assertThat(campaigns.ratedCount(c.getId())).isZero();
            assertThat(waiting(key)).as("the campaign waits for its ratings").isEqualTo(1);

            List<Runnable> rateBoth = ratings.stream()
                    .map(t -> (Runnable)
                            () -> tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}"))
                    .toList();
            assertThat(AtOnce.all(rateBoth)).as("both ratings are recorded").containsExactly("ok", "ok");

            assertThat(campaigns.ratedCount(c.getId())).isEqualTo(2);
            assertThat(waiting(key)).as("no longer waiting for ratings").isZero();
            String instance = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .singleResult()
                    .getId();
            assertThat(history.createHistoricActivityInstanceQuery()
                            .processInstanceId(instance)
                            .activityId(AWAIT_RATINGS)
                            .finished()
                            .count())
                    .as("the wait for ratings ended once")
                    .isEqualTo(1);
            assertThat(campaigns.moveOnIfAllRated(c.getId()))
                    .as("a campaign that went on is not moved again")
                    .isFalse();
        }
    }

    private long waiting(String key) {
        return runtime.createExecutionQuery()
                .processInstanceBusinessKey(key)
                .activityId(AWAIT_RATINGS)
                .count();
    }
}
