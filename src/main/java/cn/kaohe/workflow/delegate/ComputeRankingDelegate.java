package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks and grades the whole campaign before the committee review. */
@Component
public class ComputeRankingDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    ComputeRankingDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.rank(Vars.campaignId(execution));
    }
}
