package cn.kaohe.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.calendar.HolidayArrangementParser;
import cn.kaohe.scoring.SchemeFixtures;
import cn.kaohe.scoring.model.Approvals;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days a leave request counts and who approves it (seed 001 篇四 一(三) 请销假制度). */
class LeaveRulesTest {

    static final WorkingDayCalendar CALENDAR = HolidayArrangementParser.builtInCalendar();

    static LeaveRules.Asked asked(String from, String to) {
        return new LeaveRules.Asked(LeaveType.PERSONAL, LocalDate.parse(from), LocalDate.parse(to), "家中有事");
    }

    @ParameterizedTest(name = "{0} – {1}: {2} working days")
    @CsvSource({
        "2026-06-03, 2026-06-03, 1", // a Wednesday
        "2026-06-05, 2026-06-08, 2", // Friday to Monday: the weekend does not count
        "2026-06-01, 2026-06-12, 10",
        "2026-09-30, 2026-10-09, 3", // 国庆节 1–7 October are holidays, Saturday 10 October is a make-up day (outside)
    })
    void countsTheWorkingDaysOfTheHolidayCalendar(String from, String to, int days) {
        assertThat(LeaveRules.days(asked(from, to), CALENDAR)).isEqualTo(days);
    }

    @Test
    void refusesAnEndBeforeTheStartNamingTheField() {
        assertThatThrownBy(() -> LeaveRules.days(asked("2026-06-05", "2026-06-04"), CALENDAR))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(LeaveError.INVALID_REQUEST);
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("to");
                });
    }

    @Test
    void refusesARequestWithNoWorkingDay() {
        // Saturday and Sunday 6–7 June 2026
        assertThatThrownBy(() -> LeaveRules.days(asked("2026-06-06", "2026-06-07"), CALENDAR))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("to"));
    }

    @Test
    void refusesAMissingTypeAndReasonTogether() {
        LeaveRules.Asked bad =
                new LeaveRules.Asked(null, LocalDate.parse("2026-06-03"), LocalDate.parse("2026-06-03"), " ");
        assertThatThrownBy(() -> LeaveRules.days(bad, CALENDAR))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("type", "reason"));
    }

    @ParameterizedTest(name = "{0} days: office consent {1}")
    @CsvSource({"1, false", "2, true", "5, true"})
    void fromTwoDaysTheOfficeConsents(int days, boolean consent) {
        // seed 001 篇四 一(三): 1天以内向办公室主任和分管领导书面请假…2天及以上必须书面经办公室主任和分管领导同意
        assertThat(LeaveRules.officeConsent(days)).isEqualTo(consent);
    }

    @ParameterizedTest(name = "leadership {0}, {1} days: {2}")
    @CsvSource({
        "false, 1, SUPERVISING_LEADER", // 1天以内向办公室主任和分管领导书面请假
        "false, 2, SUPERVISING_LEADER", // 2天及以上必须书面经办公室主任和分管领导同意
        "false, 30, SUPERVISING_LEADER",
        "true, 1, PRINCIPAL_LEADER", // a leadership member's own leave: the 主要领导 (参数)
        "true, 10, PRINCIPAL_LEADER",
    })
    void theSeedsRulesNameTheSupervisingLeaderForACadreAndThePrincipalForALeadershipMember(
            boolean leadership, int days, ApproverRole approver) {
        // seed 001 篇四 一(三) 请销假制度 and seed 000 三(二)1 须报分管领导批准: the 分管领导 at any number of days
        Approvals.LeaveConsent seeds = Approvals.SEEDS.leave();
        assertThat(LeaveRules.approver(seeds, leadership, days)).isEqualTo(approver);
        assertThat(LeaveRules.approver(
                        SchemeFixtures.townCadreDiscipline().approvals().leave(), leadership, days))
                .isEqualTo(approver);
    }

    @ParameterizedTest(name = "leadership {0}, {1} days: {2}")
    @CsvSource({
        "false, 1, SUPERVISING_LEADER",
        "false, 2, SUPERVISING_LEADER",
        "false, 3, PRINCIPAL_LEADER",
        "true, 1, OFFICE",
        "true, 5, PRINCIPAL_LEADER",
    })
    void aSchemeNamesTheApproverByDaysAndRank(boolean leadership, int days, ApproverRole approver) {
        // a scheme that sends a cadre's leave of more than 2 days to the 主要领导 (not in the seeds: 参数)
        Approvals.LeaveConsent rules = new Approvals.LeaveConsent(
                2,
                List.of(
                        new Approvals.LeaveApprover("STAFF", 2, "SUPERVISING_LEADER"),
                        new Approvals.LeaveApprover("STAFF", null, "PRINCIPAL_LEADER"),
                        new Approvals.LeaveApprover("LEADERSHIP", 1, "OFFICE"),
                        new Approvals.LeaveApprover("LEADERSHIP", null, "PRINCIPAL_LEADER")));
        assertThat(LeaveRules.approver(rules, leadership, days)).isEqualTo(approver);
    }

    @ParameterizedTest(name = "back on {0}: {1} days taken")
    @CsvSource({
        "2026-06-03, 0", // back on the first day: nothing taken
        "2026-06-04, 1",
        "2026-06-08, 3", // back on Monday: Wednesday to Friday
        "2026-06-12, 3", // back late: the request's days only (the rest is for the office to judge)
    })
    void aReturnCountsTheDaysActuallyTaken(String back, int taken) {
        assertThat(LeaveRules.daysTaken(
                        LocalDate.parse("2026-06-03"), LocalDate.parse("2026-06-05"), LocalDate.parse(back), CALENDAR))
                .isEqualTo(taken);
    }
}
