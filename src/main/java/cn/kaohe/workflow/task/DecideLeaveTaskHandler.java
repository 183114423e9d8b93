package cn.kaohe.workflow.task;

import cn.kaohe.leave.LeaveService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 审批请假 (seed 001 篇四 一(三), seed 000 三(二)1 须报分管领导批准): {@code {approve: true|false, note}}; a refusal needs a
 * reason.
 */
@Component
class DecideLeaveTaskHandler implements TaskCompletionHandler {

    private final LeaveService leaves;

    DecideLeaveTaskHandler(LeaveService leaves) {
        this.leaves = leaves;
    }

    record Form(Boolean approve, String note) {}

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_DECIDE_LEAVE;
    }

    @Override
    public String kind() {
        return "LEAVE_DECISION";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        Form f = Forms.read(form, Form.class);
        return Map.of(ProcessVocabulary.VAR_APPROVED, leaves.decide(task.leaveId(), user, f.approve(), f.note()));
    }
}
