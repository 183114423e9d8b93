package cn.kaohe.workflow.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's series, counted at each scrape: {@code kaohe_tasks_open{step}} and {@code kaohe_tasks_overdue{step}}
 * (due date passed, by the engine's clock) for every user task of the deployed processes (the step is the task's
 * id, e.g. {@code Task_RateCadre}), {@code kaohe_incidents} (failed jobs waiting for an operator, Cockpit shows
 * them) and {@code kaohe_jobs_due} (jobs that could run now: a backlog means the job executor is behind).
 */
@Component
class EngineMetrics {

    private final RepositoryService repository;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final org.camunda.bpm.engine.ManagementService management;
    private final MeterRegistry registry;

    EngineMetrics(
            RepositoryService repository,
            TaskService tasks,
            RuntimeService runtime,
            org.camunda.bpm.engine.ManagementService management,
            MeterRegistry registry) {
        this.repository = repository;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String step : steps()) {
            gauge("kaohe.tasks.open", "Open tasks by step", step, () -> tasks.createTaskQuery()
                    .taskDefinitionKey(step)
                    .count());
            gauge("kaohe.tasks.overdue", "Open tasks past their due date by step", step, () -> tasks.createTaskQuery()
                    .taskDefinitionKey(step)
                    .dueBefore(ClockUtil.getCurrentTime())
                    .count());
        }
        Gauge.builder(
                        "kaohe.incidents",
                        this,
                        m -> safely(() -> runtime.createIncidentQuery().count()))
                .description("Open incidents (failed jobs waiting for an operator)")
                .register(registry);
        Gauge.builder(
                        "kaohe.jobs.due",
                        this,
                        m -> safely(
                                () -> management.createJobQuery().executable().count()))
                .description("Jobs that are due and could run now")
                .register(registry);
    }

    /** Every user task id of the latest version of each deployed process. */
    Set<String> steps() {
        Set<String> steps = new TreeSet<>();
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
                    .map(UserTask::getId)
                    .forEach(steps::add);
        }
        return steps;
    }

    private void gauge(String name, String description, String step, Supplier<Long> count) {
        Gauge.builder(name, this, m -> safely(count))
                .description(description)
                .tag("step", step)
                .register(registry);
    }

    private static double safely(Supplier<Long> count) {
        try {
            return count.get();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: the series says "unknown", the scrape still answers
        }
    }
}
