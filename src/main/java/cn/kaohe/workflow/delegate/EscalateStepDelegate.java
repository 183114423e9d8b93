package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignAlerts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalates an overdue step: self-evaluation to the supervising leader, rating to the office. */
@Component
public class EscalateStepDelegate implements JavaDelegate {

    private final CampaignAlerts alerts;

    EscalateStepDelegate(CampaignAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        alerts.escalate(
                Vars.assessmentId(execution), CampaignAlerts.Step.valueOf((String) execution.getVariableLocal("step")));
    }
}
