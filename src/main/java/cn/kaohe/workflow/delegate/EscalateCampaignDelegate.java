package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignAlerts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the office that the rating stage of a campaign is overdue, with the number still missing. */
@Component
public class EscalateCampaignDelegate implements JavaDelegate {

    private final CampaignAlerts alerts;

    EscalateCampaignDelegate(CampaignAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alerts.escalateCampaign(Vars.campaignId(execution));
    }
}
