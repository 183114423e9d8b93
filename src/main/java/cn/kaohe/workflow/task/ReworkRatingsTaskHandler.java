package cn.kaohe.workflow.task;

import cn.kaohe.campaign.CampaignService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 绩考办整改评分: the office confirms the corrections are done; the campaign is ranked again. */
@Component
class ReworkRatingsTaskHandler implements TaskCompletionHandler {

    private final CampaignService campaigns;

    ReworkRatingsTaskHandler(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_REWORK_RATINGS;
    }

    @Override
    public String kind() {
        return "REWORK";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        campaigns.reworkDone(task.campaignId(), Forms.text(form, "note"));
        return Map.of();
    }
}
