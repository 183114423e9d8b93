package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignInputs;
import cn.kaohe.workflow.ProcessVocabulary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before ranking: are all the inputs the scheme needs there? If not, the office is told what is missing. */
@Component
public class CheckInputsDelegate implements JavaDelegate {

    private final CampaignInputs inputs;

    CheckInputsDelegate(CampaignInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVocabulary.VAR_INPUTS_COMPLETE, inputs.readyToRank(Vars.campaignId(execution)));
    }
}
