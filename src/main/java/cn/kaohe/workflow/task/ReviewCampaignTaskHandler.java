package cn.kaohe.workflow.task;

import cn.kaohe.campaign.CampaignService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 考核领导小组审议: {@code {approve: true}} or {@code {approve: false, reason}} to send it back. */
@Component
class ReviewCampaignTaskHandler implements TaskCompletionHandler {

    private final CampaignService campaigns;

    ReviewCampaignTaskHandler(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_REVIEW_CAMPAIGN;
    }

    @Override
    public String kind() {
        return "COMMITTEE_REVIEW";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        boolean approve = form != null && form.path("approve").asBoolean(false);
        campaigns.decide(task.campaignId(), approve, Forms.text(form, "reason"));
        if (approve) {
            return Map.of(ProcessVocabulary.VAR_APPROVED, true);
        }
        // the rework task is due when the campaign says (the committee's decision plus its working days)
        java.time.OffsetDateTime due = campaigns.campaign(task.campaignId()).getReworkDue();
        return Map.of(
                ProcessVocabulary.VAR_APPROVED,
                false,
                ProcessVocabulary.VAR_REWORK_DUE,
                java.util.Date.from(due.toInstant()));
    }
}
