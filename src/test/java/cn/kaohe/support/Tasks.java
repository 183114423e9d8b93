package cn.kaohe.support;

import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Acts on the task inbox as a named user, the way the web layer does. */
@Component
public class Tasks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskInbox inbox;

    public Tasks(TaskInbox inbox) {
        this.inbox = inbox;
    }

    public List<InboxTask> of(String user, String... groups) {
        return inbox.tasksOf(user, Set.of(groups));
    }

    public List<InboxTask> open(Long campaignId) {
        return inbox.openTasks(campaignId, false);
    }

    /** Open tasks of one kind (SELF_EVALUATION, RATING, RATING_SHEET…) in a campaign. */
    public List<InboxTask> ofKind(long campaignId, String kind) {
        return open(campaignId).stream().filter(t -> t.kind().equals(kind)).toList();
    }

    public void complete(InboxTask task, String user, String formJson, String... groups) {
        inbox.complete(task.id(), user, Set.of(groups), json(formJson));
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
