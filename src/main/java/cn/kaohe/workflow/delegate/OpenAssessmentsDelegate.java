package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignOpening;
import cn.kaohe.workflow.ProcessVocabulary;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens one chunk of a campaign's assessments: one instance of the parallel multi-instance
 * {@code ServiceTask_OpenAssessments}, each its own non-exclusive job and transaction. {@link #chunks} gives the
 * multi-instance collection.
 */
@Component
public class OpenAssessmentsDelegate implements JavaDelegate {

    private final CampaignOpening opening;

    OpenAssessmentsDelegate(CampaignOpening opening) {
        this.opening = opening;
    }

    /** The chunks of the campaign ({@code ${openAssessmentsDelegate.chunks(campaignId)}}). */
    public List<String> chunks(Object campaignId) {
        return opening.plan(((Number) campaignId).longValue());
    }

    @Override
    public void execute(DelegateExecution execution) {
        opening.openChunk(
                Vars.campaignId(execution), (String) execution.getVariable(ProcessVocabulary.VAR_OPENING_CHUNK));
    }
}
