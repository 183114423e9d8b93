package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignAlerts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds whoever holds the step that its due date is near. */
@Component
public class RemindStepDelegate implements JavaDelegate {

    private final CampaignAlerts alerts;

    RemindStepDelegate(CampaignAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alerts.remind(
                Vars.assessmentId(execution), CampaignAlerts.Step.valueOf((String) execution.getVariableLocal("step")));
    }
}
