package cn.kaohe.workflow.task;

import cn.kaohe.campaign.AssessmentSteps;
import cn.kaohe.campaign.RatingFormData;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import cn.kaohe.workflow.TaskError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 分管领导评分: {@code {action: "rate", scores: {categoryId: points}, comment}} or
 * {@code {action: "return", reason}} to send the self-evaluation back to the cadre.
 */
@Component
class RateCadreTaskHandler implements TaskCompletionHandler {

    private final AssessmentSteps steps;

    RateCadreTaskHandler(AssessmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_RATE_CADRE;
    }

    @Override
    public String kind() {
        return "RATING";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        String action = Forms.text(form, "action");
        if (action == null || action.equals("rate")) {
            steps.rate(task.assessmentId(), user, Forms.read(form, RatingFormData.class));
            return Map.of(ProcessVocabulary.VAR_RETURNED, false);
        }
        if (action.equals("return")) {
            // the returned self-evaluation gets a new due date; its reminder and escalation timers are created
            // again from these variables when the task is entered again (ADR 0010)
            AssessmentSteps.Resubmission again =
                    steps.returnToCadreWithNewDue(task.assessmentId(), user, Forms.text(form, "reason"));
            return Map.of(
                    ProcessVocabulary.VAR_RETURNED,
                    true,
                    ProcessVocabulary.VAR_SELF_EVALUATION_DUE,
                    Date.from(again.due().toInstant()),
                    ProcessVocabulary.VAR_SELF_EVALUATION_REMIND_AT,
                    Date.from(again.remindAt().toInstant()));
        }
        throw new KaoheException(TaskError.BAD_ACTION, action);
    }
}
