package cn.kaohe.workflow;

import static cn.kaohe.workflow.ProcessVocabulary.*;

import cn.kaohe.campaign.CampaignService;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Waits re-check themselves (ADR 0010): a campaign waiting at {@code ReceiveTask_AwaitAppealsClosed} whose appeals
 * are all closed, or at {@code ReceiveTask_AwaitRatings} with every assessment rated, is moved on even if the
 * message that should have woken it was lost (a race, a crash between commit and signal). Runs every
 * {@code kaohe.workflow.wait-recheck} (5 minutes) on every node; two nodes signalling at once is harmless (the
 * engine's optimistic locking lets one through, the other is ignored).
 */
@Component
@EnableScheduling
public class WaitRecheck {

    static final String AWAIT_APPEALS = "ReceiveTask_AwaitAppealsClosed";
    static final String AWAIT_RATINGS = "ReceiveTask_AwaitRatings";

    private static final Logger log = LoggerFactory.getLogger(WaitRecheck.class);

    private final CampaignService campaigns;
    private final RuntimeService runtime;
    private final boolean enabled;

    WaitRecheck(
            CampaignService campaigns,
            RuntimeService runtime,
            @Value("${kaohe.workflow.wait-recheck-enabled:true}") boolean enabled) {
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${kaohe.workflow.wait-recheck:PT5M}",
            initialDelayString = "${kaohe.workflow.wait-recheck:PT5M}")
    void scheduled() {
        if (enabled) {
            recheck();
        }
    }

    /** Moves on every campaign whose wait is over; answers how many were moved. */
    public int recheck() {
        int moved = 0;
        moved += wake(campaigns.waitingWithoutOpenAppeals(), AWAIT_APPEALS, MESSAGE_APPEALS_CLOSED);
        moved += wakeRated(campaigns.inProgressAllRated());
        return moved;
    }

    /** The same check and signal as after each rating (the campaign row locked): never moved on twice. */
    private int wakeRated(List<Long> campaignIds) {
        int moved = 0;
        for (long id : campaignIds) {
            try {
                if (campaigns.moveOnIfAllRated(id)) {
                    log.warn(
                            "Campaign {} was still waiting at {} although the wait was over: moved on",
                            id,
                            AWAIT_RATINGS);
                    moved++;
                }
            } catch (RuntimeException e) {
                log.info("Re-check of campaign {} at {}: {}", id, AWAIT_RATINGS, e.toString());
            }
        }
        return moved;
    }

    private int wake(List<Long> campaignIds, String activity, String message) {
        int moved = 0;
        for (long id : campaignIds) {
            List<Execution> waiting = runtime.createExecutionQuery()
                    .processInstanceBusinessKey(campaignKey(id))
                    .activityId(activity)
                    .list();
            if (waiting.isEmpty()) {
                continue;
            }
            try {
                runtime.createMessageCorrelation(message)
                        .processInstanceBusinessKey(campaignKey(id))
                        .correlateAll();
                log.warn("Campaign {} was still waiting at {} although the wait was over: moved on", id, activity);
                moved++;
            } catch (RuntimeException e) {
                // another node moved it at the same moment, or it moved on by itself: the next round looks again
                log.info("Re-check of campaign {} at {}: {}", id, activity, e.toString());
            }
        }
        return moved;
    }
}
