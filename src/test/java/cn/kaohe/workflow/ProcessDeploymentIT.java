package cn.kaohe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProcessDeploymentIT {

    @Autowired
    RepositoryService repositoryService;

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
    void everyProcessOfTheFolderIsDeployedOnce() {
        for (String key : List.of(
                "CampaignProcess", "CadreAssessmentProcess", "AppealProcess", "TargetChangeProcess", "LeaveProcess")) {
            assertThat(repositoryService
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(key)
                            .count())
                    .as(key)
                    .isEqualTo(1);
        }
    }
}
