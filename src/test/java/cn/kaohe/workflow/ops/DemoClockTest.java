package cn.kaohe.workflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.CommonError;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoClockTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoClock.class, DemoClockController.class)
            .withBean(ManagementService.class, () -> mock(ManagementService.class))
            .withBean(ProcessEngineConfigurationImpl.class, () -> mock(ProcessEngineConfigurationImpl.class))
            .withBean(AuditTrail.class, () -> mock(AuditTrail.class))
            .withBean(ObjectMapper.class, ObjectMapper::new);

    @Test
    void existsInTheDemoProfile() {
        context.withPropertyValues("spring.profiles.active=demo").run(c -> {
            assertThat(c).hasSingleBean(DemoClock.class);
            assertThat(c).hasSingleBean(DemoClockController.class);
        });
    }

    @Test
    void doesNotExistInAnyOtherProfile() {
        context.withPropertyValues("spring.profiles.active=postgres").run(c -> {
            assertThat(c).doesNotHaveBean(DemoClock.class);
            assertThat(c).doesNotHaveBean(DemoClockController.class);
        });
        context.run(c -> assertThat(c).doesNotHaveBean(DemoClockController.class));
    }

    @Test
    void movesByDaysAndHours() {
        assertThat(DemoClock.validated(new DemoClock.Move(5L, 2L, null))).isEqualTo(Duration.ofHours(53));
        assertThat(DemoClock.validated(new DemoClock.Move(null, 3L, "公示期满"))).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void onlyForwardAndWithinBoundsEachProblemNamingItsField() {
        assertProblem(new DemoClock.Move(-1L, null, null), "hours");
        assertProblem(new DemoClock.Move(null, -2L, null), "days");
        assertProblem(new DemoClock.Move(null, 61L, null), "days");
        assertProblem(new DemoClock.Move(1441L, null, null), "hours");
        assertProblem(new DemoClock.Move(0L, 0L, null), "hours");
        assertProblem(new DemoClock.Move(null, null, null), "hours");
        assertProblem(null, "hours");
        assertProblem(new DemoClock.Move(1L, null, "很".repeat(201)), "reason");
    }

    private static void assertProblem(DemoClock.Move move, String field) {
        assertThatThrownBy(() -> DemoClock.validated(move)).isInstanceOfSatisfying(KaoheException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(CommonError.VALIDATION_FAILED);
            assertThat(e.problems()).extracting(Problem::field).containsExactly(field);
        });
    }
}
