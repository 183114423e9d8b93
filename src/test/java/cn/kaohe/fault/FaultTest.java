package cn.kaohe.fault;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The fault suite's context: Spring Boot on its own fresh PostgreSQL database ({@link FaultDatabase}) with the job
 * executor ON (async steps and timers run by themselves, as in production). Closed after the suite so that its job
 * executor stops before other tests move the engine clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.job-execution.enabled=true",
            "camunda.bpm.job-execution.wait-time-in-millis=200",
            "camunda.bpm.job-execution.max-wait=1000",
            "kaohe.workflow.wait-recheck-enabled=false",
            "logging.level.cn.kaohe.workflow.TaskInbox=warn",
            // its own engine name: closing this context must not unregister the other contexts' engine "default"
            "camunda.bpm.generate-unique-process-engine-name=true"
        })
@ActiveProfiles("it")
@ContextConfiguration(initializers = FaultDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface FaultTest {}
