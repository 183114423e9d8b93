package cn.kaohe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProcessDeploymentIT {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    DataSource dataSource;

    @Test
    void deploysTheProcessFilesFromTheProcessesFolderOnPostgres() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getCatalog()).startsWith("kaohe_it_");
        }
        ProcessDefinition definition = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("CadreAssessmentProcess")
                .latestVersion()
                .singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getResourceName()).endsWith("cadre-assessment.bpmn");
    }

    @Test
    void theDeployedProcessRunsToItsFirstTask() {
        var instance = runtimeService.startProcessInstanceByKey(
                "CadreAssessmentProcess", "deploy-check", Map.of("cadreUser", "c1", "leaderUser", "l1"));
        var task = taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_SubmitSelfEvaluation");
        assertThat(task.getAssignee()).isEqualTo("c1");
        runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
}
