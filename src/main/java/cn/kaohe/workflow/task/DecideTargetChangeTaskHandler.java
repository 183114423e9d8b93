package cn.kaohe.workflow.task;

import cn.kaohe.target.TargetService;
import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workflow.TaskCompletionHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 领导小组审批目标调整 (seed 004 第九条): {@code {approve: true|false, note}}; a refusal needs a reason. An approval lets the
 * process apply the change.
 */
@Component
class DecideTargetChangeTaskHandler implements TaskCompletionHandler {

    private final TargetService targets;

    DecideTargetChangeTaskHandler(TargetService targets) {
        this.targets = targets;
    }

    record Form(Boolean approve, String note) {}

    @Override
    public String taskDefinitionKey() {
        return ProcessVocabulary.TASK_DECIDE_TARGET_CHANGE;
    }

    @Override
    public String kind() {
        return "TARGET_CHANGE_DECISION";
    }

    @Override
    public Map<String, Object> complete(TaskContext task, String user, JsonNode form) {
        Form f = Forms.read(form, Form.class);
        boolean approved = targets.decide(task.targetChangeId(), user, f.approve(), f.note());
        return Map.of(ProcessVocabulary.VAR_APPROVED, approved);
    }
}
