package cn.kaohe.workflow;

import static cn.kaohe.workflow.ProcessVocabulary.*;

import cn.kaohe.leave.LeaveError;
import cn.kaohe.leave.LeaveWorkflow;
import cn.kaohe.shared.KaoheException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Starts the leave approval; decisions go through the task inbox like every task; 销假 is a message. */
@Component
class CamundaLeaveWorkflow implements LeaveWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskInbox inbox;

    CamundaLeaveWorkflow(RuntimeService runtimeService, TaskService taskService, @Lazy TaskInbox inbox) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.inbox = inbox;
    }

    @Override
    public void start(long leaveId, String approverLogin, OffsetDateTime decisionDue, boolean officeConsent) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_LEAVE_ID, leaveId);
        vars.put(VAR_APPROVER_LOGIN, approverLogin);
        vars.put(VAR_DECISION_DUE, CamundaCampaignWorkflow.date(decisionDue));
        vars.put(VAR_OFFICE_CONSENT, officeConsent);
        vars.put(VAR_APPROVED, false);
        runtimeService.startProcessInstanceByKey(LEAVE_PROCESS, leaveKey(leaveId), vars);
    }

    @Override
    public void decide(long leaveId, String user, Collection<String> groups, Boolean approve, String note) {
        List<Task> open = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(leaveKey(leaveId))
                .taskDefinitionKeyIn(TASK_DECIDE_LEAVE, TASK_CONSENT_LEAVE)
                .active()
                .list();
        if (open.isEmpty()) {
            throw new KaoheException(LeaveError.TASK_NOT_OPEN, leaveId);
        }
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        if (approve != null) {
            form.put("approve", approve);
        }
        if (note != null) {
            form.put("note", note);
        }
        inbox.complete(open.get(0).getId(), user, groups, form);
    }

    @Override
    public void returned(long leaveId) {
        runtimeService
                .createMessageCorrelation(MESSAGE_LEAVE_RETURNED)
                .processInstanceBusinessKey(leaveKey(leaveId))
                .correlateWithResult();
    }
}
