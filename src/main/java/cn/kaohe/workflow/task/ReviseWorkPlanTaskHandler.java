package cn.kaohe.workflow.task;

import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import cn.kaohe.workplan.WorkPlanService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 修改工作安排 after a return: {@code {content}}; the revised plan goes back to review with a new due date. */
@Component
class ReviseWorkPlanTaskHandler implements TaskCompletionHandler {

    private final WorkPlanService plans;

    ReviseWorkPlanTaskHandler(WorkPlanService plans) {
        this.plans = plans;
    }

    record Form(String content) {}

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_REVISE_WORK_PLAN;
    }

    @Override
    public String kind() {
        return "WORK_PLAN_REVISION";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        OffsetDateTime due = plans.revise(
                task.workPlanId(), user, Forms.read(form, Form.class).content());
        // the review starts again with a new due date (and its escalation timer)
        return Map.of(
                ProcessVocabulary.VAR_APPROVED, false, ProcessVocabulary.VAR_REVIEW_DUE, Date.from(due.toInstant()));
    }
}
