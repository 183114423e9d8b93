package cn.kaohe.workflow.task;

import cn.kaohe.appeal.AppealService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 绩考办转报: {@code {note}}; starts the committee's one-week decision deadline. */
@Component
class ForwardAppealTaskHandler implements TaskCompletionHandler {

    private final AppealService appeals;

    ForwardAppealTaskHandler(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_FORWARD_APPEAL;
    }

    @Override
    public String kind() {
        return "APPEAL_FORWARD";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        var due = appeals.forward(task.appealId(), user, Forms.text(form, "note"));
        return Map.of(
                ProcessVocabulary.VAR_DECISION_DUE, Date.from(due.toInstant()),
                ProcessVocabulary.VAR_DECISION_REMIND_AT,
                        Date.from(due.minusDays(1).toInstant()));
    }
}
