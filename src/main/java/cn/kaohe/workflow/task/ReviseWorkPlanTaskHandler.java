package cn.kaohe.workflow.task;

import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import cn.kaohe.workplan.WorkPlanService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 修改工作安排 after a return: {@code {content}}; the revised plan goes back to review. */
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
        plans.revise(task.workPlanId(), user, Forms.read(form, Form.class).content());
        return Map.of(ProcessVocabulary.VAR_APPROVED, false);
    }
}
