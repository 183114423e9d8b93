package cn.kaohe.workflow.task;

import cn.kaohe.campaign.AssessmentSteps;
import cn.kaohe.campaign.SelfEvaluationForm;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 提交自评: {@code {summary, scores: {categoryId: points}, attachments}}. */
@Component
class SubmitSelfEvaluationTaskHandler implements TaskCompletionHandler {

    private final AssessmentSteps steps;

    SubmitSelfEvaluationTaskHandler(AssessmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_SUBMIT_SELF_EVALUATION;
    }

    @Override
    public String kind() {
        return "SELF_EVALUATION";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        steps.submitSelfEvaluation(task.assessmentId(), user, Forms.read(form, SelfEvaluationForm.class));
        return Map.of();
    }

    @Override
    public void saveDraft(TaskContext task, String user, JsonNode form) {
        steps.saveDraft(task.assessmentId(), user, Forms.read(form, SelfEvaluationForm.class));
    }
}
