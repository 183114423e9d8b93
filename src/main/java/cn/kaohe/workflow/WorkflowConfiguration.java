package cn.kaohe.workflow;

import cn.kaohe.shared.KaoheZone;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {

    @Bean
    Clock clock(@Value("${kaohe.zone:" + KaoheZone.ID + "}") String zone) {
        return new EngineClock(KaoheZone.checked(zone));
    }

    @Bean
    LeanAssessmentHistory leanAssessmentHistory() {
        return new LeanAssessmentHistory();
    }

    @Bean
    EngineTables engineTables() {
        return new EngineTables();
    }

    @Bean
    FailedJobIncidents failedJobIncidents() {
        return new FailedJobIncidents();
    }
}
