package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores one assessment after self-evaluation (provisional) or after the superior rating. Which one is told by the
 * service task it runs in ({@value #AFTER_RATING} is the rating's); no input variable, which would cost every
 * completion a variable written to history (docs/adr/0013). Instances started before cadre-assessment.bpmn dropped
 * its {@code stage} input still carry it.
 */
@Component
public class ScoreAssessmentDelegate implements JavaDelegate {

    static final String AFTER_RATING = "ServiceTask_ScoreAfterRating";

    private final CampaignService campaigns;

    ScoreAssessmentDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean rated = AFTER_RATING.equals(execution.getCurrentActivityId())
                || "RATED".equals(execution.getVariableLocal("stage"));
        campaigns.scoreAfterStep(Vars.assessmentId(execution), rated);
    }
}
