package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Locks the results, notifies every cadre in writing and archives the campaign. */
@Component
public class FinaliseCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    FinaliseCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.finalise(Vars.campaignId(execution));
    }
}
