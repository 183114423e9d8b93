package cn.kaohe.workflow;

import static cn.kaohe.workflow.ProcessVocabulary.*;

import cn.kaohe.appeal.AppealWorkflow;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the appeal process; its deadlines are engine timers and survive restarts. */
@Component
class CamundaAppealWorkflow implements AppealWorkflow {

    private final RuntimeService runtimeService;

    CamundaAppealWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(long appealId, long campaignId, OffsetDateTime forwardRemindAt, OffsetDateTime forwardDue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_APPEAL_ID, appealId);
        vars.put(VAR_CAMPAIGN_ID, campaignId);
        vars.put(VAR_FORWARD_REMIND_AT, CamundaCampaignWorkflow.date(forwardRemindAt));
        vars.put(VAR_FORWARD_DUE, CamundaCampaignWorkflow.date(forwardDue));
        vars.put(VAR_ADJUSTED, false);
        runtimeService.startProcessInstanceByKey(APPEAL_PROCESS, appealKey(appealId), vars);
    }
}
