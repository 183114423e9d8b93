package cn.kaohe.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The demo's engine (H2 in PostgreSQL mode running Camunda's PostgreSQL SQL) with authorization checks on:
 * without {@link H2AuthorizationSql} an authorized query fails on H2 (STACK.md: bitwise permission SQL); with it
 * the checks run and refuse, as on PostgreSQL.
 */
class H2AuthorizationSqlTest {

    @Test
    void withoutThePluginH2CannotRunTheEnginesPermissionSql() {
        ProcessEngine engine = demoLikeEngine("kaoheAuthzPlain", false);
        try {
            deployAndGrantOfficeRead(engine);
            engine.getIdentityService().setAuthentication("wangwenjian", List.of("office"));
            assertThatThrownBy(() -> engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .count())
                    .isInstanceOf(ProcessEngineException.class)
                    .hasStackTraceContaining("Syntax error");
        } finally {
            engine.getIdentityService().clearAuthentication();
            engine.close();
        }
    }

    @Test
    void withThePluginTheChecksRunOnH2AndRefuseWhatIsNotGranted() {
        ProcessEngine engine = demoLikeEngine("kaohePatched", true);
        try {
            deployAndGrantOfficeRead(engine);
            engine.getIdentityService().setAuthentication("wangwenjian", List.of("office"));
            assertThat(engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .count())
                    .isEqualTo(1);
            // no permission to deploy, even for the office
            assertThatThrownBy(() -> engine.getRepositoryService()
                            .createDeployment()
                            .addModelInstance("x.bpmn", process("Evil"))
                            .deploy())
                    .isInstanceOf(AuthorizationException.class);
            // a group without grants sees nothing
            engine.getIdentityService().setAuthentication("chenkun", List.of("cadre"));
            assertThat(engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .count())
                    .isZero();
        } finally {
            engine.getIdentityService().clearAuthentication();
            engine.close();
        }
        assertThat(engine.getRepositoryService()).isNotNull();
        // the JVM-wide SQL table is Camunda's again once the engine is built
        assertThat(DbSqlSessionFactory.databaseSpecificBitAnd2.get(DbSqlSessionFactory.POSTGRES))
                .isEqualTo(" & ");
    }

    private static ProcessEngine demoLikeEngine(String name, boolean plugin) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        ProcessEngineConfigurationImpl cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setProcessEngineName(name);
        cfg.setDataSource(ds);
        cfg.setDatabaseType("postgres");
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setJobExecutorActivate(false);
        cfg.setHistory("audit");
        cfg.setAuthorizationEnabled(true);
        if (plugin) {
            cfg.setProcessEnginePlugins(List.of(new H2AuthorizationSql(ds)));
        }
        return cfg.buildProcessEngine();
    }

    private static void deployAndGrantOfficeRead(ProcessEngine engine) {
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("p.bpmn", process("Demo"))
                .deploy();
        Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId("office");
        read.setResource(Resources.PROCESS_DEFINITION);
        read.setResourceId(Authorization.ANY);
        read.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(read);
    }

    private static org.camunda.bpm.model.bpmn.BpmnModelInstance process(String id) {
        return Bpmn.createExecutableProcess(id)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Look")
                .endEvent()
                .done();
    }
}
