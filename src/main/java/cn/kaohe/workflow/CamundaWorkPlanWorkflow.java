package cn.kaohe.workflow;

import static cn.kaohe.workflow.ProcessVocabulary.*;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.workplan.WorkPlanError;
import cn.kaohe.workplan.WorkPlanWorkflow;
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

/** Starts the work-plan review; reviews and revisions go through the task inbox like every task. */
@Component
class CamundaWorkPlanWorkflow implements WorkPlanWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskInbox inbox;

    CamundaWorkPlanWorkflow(RuntimeService runtimeService, TaskService taskService, @Lazy TaskInbox inbox) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.inbox = inbox;
    }

    @Override
    public void start(long planId, String reviewerLogin, String cadreLogin, OffsetDateTime reviewDue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_WORK_PLAN_ID, planId);
        vars.put(VAR_REVIEWER_LOGIN, reviewerLogin);
        vars.put(VAR_CADRE_LOGIN, cadreLogin);
        vars.put(VAR_REVIEW_DUE, CamundaCampaignWorkflow.date(reviewDue));
        vars.put(VAR_APPROVED, false);
        runtimeService.startProcessInstanceByKey(WORK_PLAN_PROCESS, workPlanKey(planId), vars);
    }

    @Override
    public void review(long planId, String user, Collection<String> groups, Boolean approve, String note) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        if (approve != null) {
            form.put("approve", approve);
        }
        if (note != null) {
            form.put("note", note);
        }
        inbox.complete(openTask(planId, TASK_REVIEW_WORK_PLAN), user, groups, form);
    }

    @Override
    public void revise(long planId, String user, Collection<String> groups, String content) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        if (content != null) {
            form.put("content", content);
        }
        inbox.complete(openTask(planId, TASK_REVISE_WORK_PLAN), user, groups, form);
    }

    private String openTask(long planId, String taskKey) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(workPlanKey(planId))
                .taskDefinitionKey(taskKey)
                .active()
                .singleResult();
        if (task == null) {
            throw new KaoheException(WorkPlanError.TASK_NOT_OPEN, planId);
        }
        return task.getId();
    }
}
