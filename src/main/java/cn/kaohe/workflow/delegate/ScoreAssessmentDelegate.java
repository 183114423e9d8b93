package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scores one assessment after self-evaluation (provisional) or after the superior rating. */
@Component
public class ScoreAssessmentDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    ScoreAssessmentDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean rated = "RATED".equals(execution.getVariableLocal("stage"));
        campaigns.scoreAfterStep(Vars.assessmentId(execution), rated);
    }
}
