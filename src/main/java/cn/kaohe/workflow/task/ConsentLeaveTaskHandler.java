package cn.kaohe.workflow.task;

import cn.kaohe.leave.LeaveService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 办公室主任审核请假 (seed 001 篇四 一(三) 2天及以上必须书面经办公室主任和分管领导同意): {@code {approve: true|false,
 * note}}; a refusal needs a reason.
 */
@Component
class ConsentLeaveTaskHandler implements TaskCompletionHandler {

    private final LeaveService leaves;

    ConsentLeaveTaskHandler(LeaveService leaves) {
        this.leaves = leaves;
    }

    record Form(Boolean approve, String note) {}

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_CONSENT_LEAVE;
    }

    @Override
    public String kind() {
        return "LEAVE_OFFICE_CONSENT";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        Form f = Forms.read(form, Form.class);
        return Map.of(ProcessVocabulary.VAR_APPROVED, leaves.consent(task.leaveId(), user, f.approve(), f.note()));
    }
}
