package cn.kaohe.workflow.task;

import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import cn.kaohe.workplan.WorkPlanService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 审核工作安排 (seed 003 审核后公示): {@code {approve: true|false, note}}; a return needs a reason. */
@Component
class ReviewWorkPlanTaskHandler implements TaskCompletionHandler {

    private final WorkPlanService plans;

    ReviewWorkPlanTaskHandler(WorkPlanService plans) {
        this.plans = plans;
    }

    record Form(Boolean approve, String note) {}

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_REVIEW_WORK_PLAN;
    }

    @Override
    public String kind() {
        return "WORK_PLAN_REVIEW";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        Form f = Forms.read(form, Form.class);
        return Map.of(ProcessVocabulary.VAR_APPROVED, plans.review(task.workPlanId(), user, f.approve(), f.note()));
    }
}
