package cn.kaohe.workflow;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Kaohe adds to the engine's own tables, and their statistics (docs/adr/0013, addendum "plans, not only
 * statements").
 *
 * <ul>
 *   <li>An index on {@code ACT_RU_TASK.PARENT_TASK_ID_}: the engine looks for a task's sub-tasks whenever it completes
 *       one, and its schema has no index there, so every completion read the whole task table (10,000 tasks of a
 *       campaign: 0.5 ms of PostgreSQL per completion). Created after the engine's schema, at every start, if missing.
 *   <li>{@link #refreshStatistics}: after a campaign opened thousands of process instances in a few seconds, the
 *       planner still believed the runtime tables small and read a task's variables through the wrong index (0.8 ms
 *       instead of 0.05) until autovacuum came by a minute or more later; the opening analyses them at its end.
 * </ul>
 */
public class EngineTables extends AbstractProcessEnginePlugin {

    static final String PARENT_TASK_INDEX = "kaohe_idx_task_parent";

    /** The engine tables a campaign's opening fills (its assessments write no engine history, ADR 0003). */
    static final List<String> FILLED_BY_OPENING =
            List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String create = "create index if not exists " + PARENT_TASK_INDEX + " on act_ru_task (parent_task_id_)";
        try {
            jdbc.execute(create);
        } catch (DataAccessException e) {
            // two nodes starting at once: the other one created it between the check and the create; now it is there
            jdbc.execute(create);
        }
    }

    /**
     * Refreshes the planner's statistics of the tables a campaign's opening filled (PostgreSQL's {@code ANALYZE}, which
     * may run inside the caller's transaction and takes no lock that writers wait for); nothing on other databases.
     */
    public static void refreshStatistics(JdbcTemplate jdbc) {
        jdbc.execute((Connection con) -> {
            if ("PostgreSQL".equals(con.getMetaData().getDatabaseProductName())) {
                try (Statement s = con.createStatement()) {
                    s.execute("analyze " + String.join(", ", FILLED_BY_OPENING));
                }
            }
            return null;
        });
    }
}
