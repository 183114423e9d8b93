package cn.kaohe.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline every Kaohe benchmark prints its ratio against: a bare Camunda 7.24 engine
 * ({@code ProcessEngineConfiguration} standalone, no Spring, no Kaohe code) on a fresh database of the same PostgreSQL
 * server, history level AUDIT, the engine's default job executor settings, and one process of the shape issue 19 names:
 * start → user task with two non-interrupting timers → user task with two timers → service task → user task → timer →
 * service task → end. Clients use one transaction per instance or task, like an application calling the engine API.
 */
public final class BareEngine implements AutoCloseable {

    public static final String PROCESS = "BareAssessmentProcess";
    public static final String FIRST_TASK = "Task_First";
    public static final String SECOND_TASK = "Task_Second";
    /** The task after the scoring step; Kaohe's assessment ends there instead (its committee review is per campaign). */
    public static final String THIRD_TASK = "Task_Third";

    public static final String DEADLINE_PROCESS = "BareDeadlineProcess";

    private final BenchDatabase db;
    private final ProcessEngine engine;

    public BareEngine() {
        // Hikari's default 10 connections plus two: the engine's default job executor runs up to 10 job threads and an
        // acquisition thread, each holding a connection, and a timer storm's progress query starved behind them for
        // 30 s and failed (2026-11-30)
        db = new BenchDatabase(12);
        StandaloneProcessEngineConfiguration config = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare-" + System.nanoTime());
        config.setDataSource(db.dataSource());
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        config.setJobExecutorActivate(false);
        config.setJobExecutorDeploymentAware(false);
        engine = config.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("bare-assessment.bpmn", shape())
                .addModelInstance("bare-deadline.bpmn", deadline())
                .deploy();
    }

    /** The shape from issue 19; variables as Kaohe's assessment had them (ids, users, four dates, a flag). */
    static BpmnModelInstance shape() {
        return Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(3650)
                .startEvent()
                .userTask(FIRST_TASK)
                .camundaAssignee("${cadreUser}")
                .camundaDueDate("${firstDue}")
                .boundaryEvent("Timer_FirstReminder")
                .cancelActivity(false)
                .timerWithDate("${firstRemindAt}")
                .serviceTask("Service_FirstReminder")
                .camundaExpression("${true}")
                .endEvent()
                .moveToActivity(FIRST_TASK)
                .boundaryEvent("Timer_FirstOverdue")
                .cancelActivity(false)
                .timerWithDate("${firstDue}")
                .serviceTask("Service_FirstOverdue")
                .camundaExpression("${true}")
                .endEvent()
                .moveToActivity(FIRST_TASK)
                .userTask(SECOND_TASK)
                .camundaAssignee("${leaderUser}")
                .camundaDueDate("${secondDue}")
                .boundaryEvent("Timer_SecondReminder")
                .cancelActivity(false)
                .timerWithDate("${secondRemindAt}")
                .serviceTask("Service_SecondReminder")
                .camundaExpression("${true}")
                .endEvent()
                .moveToActivity(SECOND_TASK)
                .boundaryEvent("Timer_SecondOverdue")
                .cancelActivity(false)
                .timerWithDate("${secondDue}")
                .serviceTask("Service_SecondOverdue")
                .camundaExpression("${true}")
                .endEvent()
                .moveToActivity(SECOND_TASK)
                .serviceTask("Service_Score")
                .camundaExpression("${true}")
                .userTask(THIRD_TASK)
                .camundaAssignee("${cadreUser}")
                .intermediateCatchEvent("Timer_Wait")
                .timerWithDuration("P1D")
                .serviceTask("Service_Archive")
                .camundaExpression("${true}")
                .endEvent()
                .done();
    }

    /** One timer at a date: the "appeal deadline" of the timer storm. */
    static BpmnModelInstance deadline() {
        return Bpmn.createExecutableProcess(DEADLINE_PROCESS)
                .camundaHistoryTimeToLive(3650)
                .startEvent()
                .intermediateCatchEvent("Timer_Deadline")
                .timerWithDate("${deadline}")
                .serviceTask("Service_Escalate")
                .camundaExpression("${true}")
                .endEvent()
                .done();
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Starts {@code count} instances from {@code threads} clients, one transaction each; returns instances/s. */
    public double start(int count, int threads, Instant firstDue, Instant secondDue) {
        long t0 = System.nanoTime();
        parallel(count, threads, i -> {
            Map<String, Object> vars = new HashMap<>();
            vars.put("assessmentId", (long) i);
            vars.put("campaignId", 1L);
            vars.put("cadreUser", "cadre" + i);
            vars.put("leaderUser", "leader" + (i % 200));
            vars.put("firstDue", Date.from(firstDue));
            vars.put("firstRemindAt", Date.from(firstDue.minusSeconds(86_400)));
            vars.put("secondDue", Date.from(secondDue));
            vars.put("secondRemindAt", Date.from(secondDue.minusSeconds(86_400)));
            vars.put("returned", false);
            engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "A" + i, vars);
        });
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    /** Completes every open task of {@code taskKey} from {@code threads} clients; returns completions/s. */
    public double complete(String taskKey, int threads) {
        List<String> ids = new ArrayList<>();
        for (Task t : engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(taskKey)
                .list()) {
            ids.add(t.getId());
        }
        CpuMeter cpu = CpuMeter.start();
        long t0 = System.nanoTime();
        parallel(ids.size(), threads, i -> engine.getTaskService().complete(ids.get(i)));
        double rate = ids.size() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("bare %s: %s%n", taskKey, cpu.perOp(ids.size()));
        return rate;
    }

    /** Starts one instance whose only timer is due at {@code deadline}; returns its job id. */
    public String deadline(Instant deadline) {
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey(DEADLINE_PROCESS, Map.of("deadline", Date.from(deadline)))
                .getId();
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
    }

    /** Starts or stops the engine's job executor (off while clients start instances). */
    public void jobExecutor(boolean on) {
        var executor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                        engine.getProcessEngineConfiguration())
                .getJobExecutor();
        if (on) {
            executor.start();
        } else {
            executor.shutdown();
        }
    }

    /** Runs {@code work} for 0..count-1 on {@code threads} threads; fails on the first error. */
    public static void parallel(int count, int threads, IntConsumer work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && errors.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        work.accept(i);
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("clients did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a client failed", errors.peek());
        }
    }

    @Override
    public void close() {
        engine.close();
        db.close();
    }
}
