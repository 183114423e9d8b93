package cn.kaohe.workflow;

import static cn.kaohe.workflow.ProcessVocabulary.*;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.target.TargetChangeWorkflow;
import cn.kaohe.target.TargetError;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Starts the target-change approval; the committee's decision goes through the task inbox like every task. */
@Component
class CamundaTargetChangeWorkflow implements TargetChangeWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskInbox inbox;

    CamundaTargetChangeWorkflow(RuntimeService runtimeService, TaskService taskService, @Lazy TaskInbox inbox) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.inbox = inbox;
    }

    @Override
    public void start(long changeId, OffsetDateTime decisionDue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_TARGET_CHANGE_ID, changeId);
        vars.put(VAR_DECISION_DUE, CamundaCampaignWorkflow.date(decisionDue));
        vars.put(VAR_APPROVED, false);
        runtimeService.startProcessInstanceByKey(TARGET_CHANGE_PROCESS, targetChangeKey(changeId), vars);
    }

    @Override
    public void decide(long changeId, String user, Collection<String> groups, Boolean approve, String note) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(targetChangeKey(changeId))
                .taskDefinitionKey(TASK_DECIDE_TARGET_CHANGE)
                .active()
                .singleResult();
        if (task == null) {
            throw new KaoheException(TargetError.TASK_NOT_OPEN, changeId);
        }
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        if (approve != null) {
            form.put("approve", approve);
        }
        if (note != null) {
            form.put("note", note);
        }
        inbox.complete(task.getId(), user, groups, form);
    }
}
