package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import cn.kaohe.workflow.ProcessVocabulary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the notice: a campaign with open appeals waits for them before it is finalised. */
@Component
public class CheckOpenAppealsDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CheckOpenAppealsDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVocabulary.VAR_APPEALS_OPEN, campaigns.waitForAppeals(Vars.campaignId(execution)));
    }
}
