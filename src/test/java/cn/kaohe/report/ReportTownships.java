package cn.kaohe.report;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The report tests' small township ({@link ReportScenario}: ten cadres of seed 003's monthly scheme, their deputy mayor,
 * the township group's March scores) for tests in other packages, e.g. the fault suite's kill programme.
 */
public final class ReportTownships {

    /** The people of one township, and the township group's score of each cadre (same order). */
    public record Township(
            String name,
            long officeId,
            String leaderLogin,
            List<Long> cadreIds,
            List<String> logins,
            long schemeId,
            List<Integer> scores) {}

    public static Township create(ApplicationContext context, String tag) {
        ReportScenario.Township t = context.getBean(ReportScenario.class).township(tag);
        return new Township(
                t.name(),
                t.officeId(),
                t.leaderLogin(),
                t.cadreIds(),
                t.logins(),
                t.schemeId(),
                ReportScenario.MARCH_SCORES);
    }

    private ReportTownships() {}
}
