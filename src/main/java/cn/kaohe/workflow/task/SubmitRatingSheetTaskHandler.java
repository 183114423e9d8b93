package cn.kaohe.workflow.task;

import cn.kaohe.campaign.RaterSheets;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 测评打分: {@code {entries: [{assessmentId, raterGroup, part, score}]}} — the whole sheet, stored anonymously. */
@Component
class SubmitRatingSheetTaskHandler implements TaskCompletionHandler {

    private final RaterSheets sheets;

    SubmitRatingSheetTaskHandler(RaterSheets sheets) {
        this.sheets = sheets;
    }

    record SheetForm(java.util.List<RaterSheets.Entry> entries) {}

    @Override
    public String taskDefinitionKey() {
        return "Task_SubmitRatingSheet";
    }

    @Override
    public String kind() {
        return "RATING_SHEET";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        sheets.submit(task.campaignId(), user, Forms.read(form, SheetForm.class).entries());
        return Map.of();
    }
}
