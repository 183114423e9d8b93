package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignOpening;
import cn.kaohe.workflow.EngineTables;
import cn.kaohe.workflow.ProcessVocabulary;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens one chunk of a campaign's assessments: one instance of the parallel multi-instance
 * {@code ServiceTask_OpenAssessments}, each its own non-exclusive job and transaction. {@link #chunks} gives the
 * multi-instance collection.
 */
@Component
public class OpenAssessmentsDelegate implements JavaDelegate {

    private final CampaignOpening opening;
    private final JdbcTemplate jdbc;

    OpenAssessmentsDelegate(CampaignOpening opening, JdbcTemplate jdbc) {
        this.opening = opening;
        this.jdbc = jdbc;
    }

    /** The chunks of the campaign ({@code ${openAssessmentsDelegate.chunks(campaignId)}}). */
    public List<String> chunks(Object campaignId) {
        return opening.plan(((Number) campaignId).longValue());
    }

    /**
     * Every chunk is open ({@code Flow_AllOpened}'s listener, in the job that joins the last chunk): the planner's
     * statistics of the tables the opening filled are refreshed, the engine's and the campaign's.
     */
    public void allOpened() {
        EngineTables.refreshStatistics(jdbc);
        opening.refreshStatistics();
    }

    @Override
    public void execute(DelegateExecution execution) {
        opening.openChunk(
                Vars.campaignId(execution), (String) execution.getVariable(ProcessVocabulary.VAR_OPENING_CHUNK));
    }
}
