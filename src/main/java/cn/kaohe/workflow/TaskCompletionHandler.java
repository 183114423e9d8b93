package cn.kaohe.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Completes one kind of user task: validates the form through the domain (which records and audits it)
 * and answers the process variables to complete the task with. One bean per task definition key.
 */
public interface TaskCompletionHandler {

    /** The BPMN id of the user task this handler completes, e.g. {@code Task_RateCadre}. */
    String taskDefinitionKey();

    /** Short kind shown in task lists, e.g. {@code RATING}. */
    String kind();

    /** Runs the domain step for {@code user}; throws a KaoheException (nothing changes) on bad input. */
    Map<String, Object> complete(TaskContext task, String user, JsonNode form);

    /** Saves a draft without completing the task; by default drafts are not supported. */
    default void saveDraft(TaskContext task, String user, JsonNode form) {
        throw new cn.kaohe.shared.KaoheException(TaskError.BAD_ACTION, "保存草稿");
    }

    /** What a handler knows about the task: the ids from the process. */
    record TaskContext(
            String taskId,
            Long campaignId,
            Long assessmentId,
            Long appealId,
            Long targetChangeId,
            Long leaveId,
            Long workPlanId) {
        public TaskContext(String taskId, Long campaignId, Long assessmentId, Long appealId) {
            this(taskId, campaignId, assessmentId, appealId, null, null, null);
        }
    }
}
