package cn.kaohe.workflow.web;

import cn.kaohe.audit.CurrentActor;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task inbox API (我的待办). */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInbox inbox;
    private final CurrentActor actor;

    TaskController(TaskInbox inbox, CurrentActor actor) {
        this.inbox = inbox;
        this.actor = actor;
    }

    /**
     * With page, size, sort (due, created, name; ",desc") or q (part of the task's name): one page, the list's length in
     * X-Total-Count.
     */
    @GetMapping
    ResponseEntity<List<InboxTask>> mine(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q) {
        if (page == null && size == null && sort == null && q == null) {
            return ResponseEntity.ok(inbox.tasksOf(actor.name(), actor.groups()));
        }
        return paged(inbox.tasksOf(
                actor.name(), actor.groups(), PageSpec.of(page, size, sort, TaskInbox.SORT_KEYS, "due"), q));
    }

    private static ResponseEntity<List<InboxTask>> paged(PageSpec.Page<InboxTask> page) {
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(page.total()))
                .body(page.content());
    }

    @GetMapping("/{taskId}")
    InboxTask one(@PathVariable String taskId) {
        return inbox.task(taskId, actor.name(), actor.groups());
    }

    @PostMapping("/{taskId}/claim")
    void claim(@PathVariable String taskId) {
        inbox.claim(taskId, actor.name(), actor.groups());
    }

    @PutMapping("/{taskId}/draft")
    void draft(@PathVariable String taskId, @RequestBody JsonNode form) {
        inbox.saveDraft(taskId, actor.name(), actor.groups(), form);
    }

    @PostMapping("/{taskId}/complete")
    void complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode form) {
        inbox.complete(taskId, actor.name(), actor.groups(), form);
    }

    @PostMapping("/complete-batch")
    Map<String, Integer> completeBatch(@RequestBody List<TaskInbox.BatchItem> items) {
        return Map.of("completed", inbox.completeAll(items, actor.name(), actor.groups()));
    }

    @GetMapping("/open")
    ResponseEntity<List<InboxTask>> open(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        if (page == null && size == null && sort == null) {
            return ResponseEntity.ok(inbox.openTasks(campaignId, overdueOnly));
        }
        return paged(
                inbox.openTasks(campaignId, overdueOnly, PageSpec.of(page, size, sort, TaskInbox.SORT_KEYS, "due")));
    }
}
