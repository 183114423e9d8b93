package cn.kaohe.workflow.task;

import cn.kaohe.appeal.AppealService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 领导小组裁定: {@code {outcome: "UPHELD"|"ADJUSTED", decision, changes: [{target, value}]}}. An adjustment
 * re-ranks the campaign and opens a new public notice; it can never make the appellant's result worse.
 */
@Component
class DecideAppealTaskHandler implements TaskCompletionHandler {

    private final AppealService appeals;

    DecideAppealTaskHandler(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_DECIDE_APPEAL;
    }

    @Override
    public String kind() {
        return "APPEAL_DECISION";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        boolean adjusted = appeals.decide(task.appealId(), user, Forms.read(form, AppealService.Decide.class));
        return Map.of(ProcessVocabulary.VAR_ADJUSTED, adjusted);
    }
}
