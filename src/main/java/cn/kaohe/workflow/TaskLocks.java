package cn.kaohe.workflow;

import cn.kaohe.shared.KaoheException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The first statement of every change through the inbox: the task's row locked (ADR 0010: a double click waits for
 * the first click, then finds the task done) and the user's right to act on it checked, read with plain SQL rather
 * than the engine's task query (docs/adr/0013, addendum "the engine's share of a completion").
 */
@Component
class TaskLocks {

    private final JdbcTemplate jdbc;

    TaskLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The locked row of a task, what a change through the inbox needs of it: its assignee and definition, and its
     * process's business key and campaign (null when not read with the lock: then {@link #context} reads them).
     */
    record LockedTask(
            String id,
            String assignee,
            String definitionKey,
            String processInstanceId,
            boolean withProcess,
            String businessKey,
            Long campaignId) {}

    /**
     * The task's row locked with its process's business key and campaign, in one statement on PostgreSQL ({@code for
     * update of} the task only); H2 (the demo) knows no {@code for update of}, so there the process is read after.
     */
    private List<LockedTask> lockTask(String taskId) {
        if (postgres()) {
            return jdbc.query(
                    "select t.id_, t.assignee_, t.task_def_key_, t.proc_inst_id_, e.business_key_, v.long_"
                            + " from act_ru_task t left join act_ru_execution e on e.id_ = t.proc_inst_id_"
                            + " left join act_ru_variable v on v.execution_id_ = e.id_ and v.name_ = ?"
                            + " where t.id_ = ? for update of t",
                    (rs, i) -> {
                        long campaign = rs.getLong(6);
                        return new LockedTask(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                true,
                                rs.getString(5),
                                rs.wasNull() ? null : campaign);
                    },
                    ProcessVocabulary.VAR_CAMPAIGN_ID,
                    taskId);
        }
        return jdbc.query(
                "select id_, assignee_, task_def_key_, proc_inst_id_ from act_ru_task where id_ = ? for update",
                (rs, i) -> new LockedTask(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), false, null, null),
                taskId);
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                    "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
            postgres = known;
        }
        return known;
    }

    private volatile Boolean postgres;

    /**
     * Locks the task's row and checks that the user may act on it (its assignee, or a candidate while nobody is),
     * reading the row with the lock and the candidates with one more query only for an unassigned task: the engine's
     * task query cost a tenth of a completion's time (docs/adr/0013, addendum "the engine's share of a completion").
     */
    LockedTask lockAndCheck(String taskId, String user, Collection<String> groups) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            throw new KaoheException(TaskError.TASK_GONE, String.valueOf(taskId));
        }
        List<LockedTask> locked = lockTask(taskId);
        if (locked.isEmpty()) {
            throw new KaoheException(TaskError.TASK_GONE, taskId);
        }
        LockedTask task = locked.get(0);
        if (task.assignee() != null) {
            if (!task.assignee().equals(user)) {
                throw new KaoheException(TaskError.NOT_YOUR_TASK);
            }
            return task;
        }
        boolean offered = !jdbc.query(
                        "select 1 from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'"
                                + " and (user_id_ = ? or group_id_ in (" + groupMarks(groups) + "))",
                        (rs, i) -> 1,
                        candidateArgs(taskId, user, groups))
                .isEmpty();
        if (!offered) {
            throw new KaoheException(TaskError.NOT_YOUR_TASK);
        }
        return task;
    }

    private static String groupMarks(Collection<String> groups) {
        return groups.isEmpty() ? "null" : String.join(",", java.util.Collections.nCopies(groups.size(), "?"));
    }

    private static Object[] candidateArgs(String taskId, String user, Collection<String> groups) {
        List<Object> args = new ArrayList<>();
        args.add(taskId);
        args.add(user);
        args.addAll(groups);
        return args.toArray();
    }
}
