package cn.kaohe.workflow.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine authorization checks on the demo's H2. The demo runs Camunda's PostgreSQL SQL on H2 in
 * {@code MODE=PostgreSQL} ({@code camunda.bpm.database.type: postgres}); the permission checks in that SQL use
 * PostgreSQL's bitwise operator ({@code PERMS_ & 2 = 2}), which H2 does not know (it has {@code BITAND(a, b)}).
 * On an H2 data source this plugin hands the engine H2's form of the bitwise AND while the engine builds its
 * SQL mappings (between {@code preInit} and {@code postInit}) and restores Camunda's table afterwards, so that
 * nothing else in the JVM sees the change. On PostgreSQL it does nothing.
 */
public class H2AuthorizationSql extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(H2AuthorizationSql.class);

    private static final List<Map<String, String>> BITAND = List.of(
            DbSqlSessionFactory.databaseSpecificBitAnd1,
            DbSqlSessionFactory.databaseSpecificBitAnd2,
            DbSqlSessionFactory.databaseSpecificBitAnd3);

    private final DataSource dataSource;
    private String[] saved;

    public H2AuthorizationSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!isH2()) {
            return;
        }
        saved = new String[BITAND.size()];
        for (int i = 0; i < BITAND.size(); i++) {
            Map<String, String> table = BITAND.get(i);
            saved[i] = table.get(DbSqlSessionFactory.POSTGRES);
            table.put(DbSqlSessionFactory.POSTGRES, table.get(DbSqlSessionFactory.H2));
        }
        log.info("H2 data source: the engine's PostgreSQL SQL uses BITAND(a, b) so that authorization checks run");
    }

    @Override
    public synchronized void postInit(ProcessEngineConfigurationImpl configuration) {
        if (saved == null) {
            return;
        }
        for (int i = 0; i < BITAND.size(); i++) {
            BITAND.get(i).put(DbSqlSessionFactory.POSTGRES, saved[i]);
        }
        saved = null;
    }

    boolean isH2() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }
}
