package cn.kaohe.workflow.delegate;

import cn.kaohe.workflow.ProcessVocabulary;
import cn.kaohe.workplan.WorkPlanService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Records a work-plan review left undecided past its due date and escalates it to the office (督办): the review task is
 * offered to the office group (it appears in the office's task list) while the reviewer stays a candidate and may still
 * review it.
 */
@Component
public class EscalateWorkPlanReviewDelegate implements JavaDelegate {

    private final WorkPlanService plans;

    EscalateWorkPlanReviewDelegate(WorkPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!plans.reviewOverdue(Vars.workPlanId(execution))) {
            return;
        }
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task review = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(ProcessVocabulary.TASK_REVIEW_WORK_PLAN)
                .singleResult();
        if (review != null && review.getAssignee() != null) {
            tasks.addCandidateUser(review.getId(), review.getAssignee());
            tasks.setAssignee(review.getId(), null);
        }
    }
}
