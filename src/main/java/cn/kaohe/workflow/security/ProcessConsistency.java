package cn.kaohe.workflow.security;

import static cn.kaohe.workflow.ProcessVocabulary.ASSESSMENT_PROCESS;
import static cn.kaohe.workflow.ProcessVocabulary.TASK_RATE_CADRE;
import static cn.kaohe.workflow.ProcessVocabulary.TASK_SUBMIT_SELF_EVALUATION;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.AssessmentLookups;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's consistency check (issue 11): a cadre's assessment process and the assessment must never
 * disagree. For every running assessment process the check compares its open user task with the assessment's
 * status (自评 task ↔ 待自评, 评分 task ↔ 待分管领导评分) and reports a process without an assessment. Read-only;
 * every run is audited with the person and what it found.
 */
@Component
public class ProcessConsistency {

    private static final Map<String, String> STATUS_OF_TASK =
            Map.of(TASK_SUBMIT_SELF_EVALUATION, "SELF_EVALUATION", TASK_RATE_CADRE, "RATING");

    /** One disagreement between a process and its assessment. */
    public record Disagreement(
            Long assessmentId,
            String processInstanceId,
            String openTask,
            String expectedStatus,
            String status,
            String problem) {}

    /** The result of one check. */
    public record Report(OffsetDateTime checkedAt, int processesChecked, List<Disagreement> disagreements) {}

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AssessmentLookups assessments;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessConsistency(
            RuntimeService runtime, TaskService tasks, AssessmentLookups assessments, AuditTrail audit, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Report check() {
        List<ProcessInstance> processes = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ASSESSMENT_PROCESS)
                .list();
        Map<String, List<String>> openTasks = new HashMap<>();
        for (Task t :
                tasks.createTaskQuery().processDefinitionKey(ASSESSMENT_PROCESS).list()) {
            openTasks
                    .computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>())
                    .add(t.getTaskDefinitionKey());
        }
        Map<Long, String> statuses = assessments.statuses();
        List<Disagreement> found = new ArrayList<>();
        for (ProcessInstance p : processes) {
            Long assessmentId = assessmentId(p.getBusinessKey());
            String status = assessmentId == null ? null : statuses.get(assessmentId);
            if (status == null) {
                found.add(new Disagreement(assessmentId, p.getId(), null, null, null, "流程对应的个人考核不存在"));
                continue;
            }
            for (String task : openTasks.getOrDefault(p.getId(), List.of())) {
                String expected = STATUS_OF_TASK.get(task);
                if (expected != null && !expected.equals(status)) {
                    found.add(new Disagreement(assessmentId, p.getId(), task, expected, status, "流程待办与考核状态不一致"));
                }
            }
        }
        Report report = new Report(OffsetDateTime.now(clock), processes.size(), List.copyOf(found));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("processesChecked", report.processesChecked());
        after.put("disagreements", found.size());
        after.put("assessments", found.stream().map(Disagreement::assessmentId).toList());
        audit.record(AuditEvent.created(
                "CONSISTENCY_CHECKED", "ProcessConsistency", report.checkedAt().toString(), after, "流程与考核一致性检查"));
        return report;
    }

    private static Long assessmentId(String businessKey) {
        if (businessKey == null || !businessKey.matches("assessment-\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(businessKey.substring("assessment-".length()));
    }
}
