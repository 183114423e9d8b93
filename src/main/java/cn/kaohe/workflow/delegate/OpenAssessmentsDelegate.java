package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import cn.kaohe.workflow.ProcessVocabulary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the next chunk of assessments; the process loops (asynchronously) until all are open. */
@Component
public class OpenAssessmentsDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    OpenAssessmentsDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean allOpened = campaigns.openNextChunk(Vars.campaignId(execution));
        execution.setVariable(ProcessVocabulary.VAR_ALL_OPENED, allOpened);
    }
}
