package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scheme.SchemePresets;
import cn.kaohe.scoring.model.Approvals;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheme's approvals section (ADR 0018 addendum): presets, defaults, validation. */
class ApprovalsSettingsTest {

    @Test
    void theSeedPresetsCarryTheSeedsNumbers() {
        // seed 001 篇四 一(三): 2天及以上必须书面经办公室主任和分管领导同意
        assertThat(SchemeFixtures.townCadreDiscipline().approvals().leave().officeConsentFromDays())
                .isEqualTo(2);
        // seed 001 篇四 二(七)1(2): 按风险抵押金和奖金1:2的比例发放风险抵押奖
        assertThat(SchemeFixtures.townCadreDiscipline().approvals().deposit().awardMultiplier())
                .isEqualByComparingTo("2");
        // seed 003 每月初…上报本月工作安排，审核后公示 (参数: five working days to review)
        assertThat(SchemePresets.load("baicheng-monthly").approvals().workPlan().reviewWorkingDays())
                .isEqualTo(5);
    }

    @Test
    void aSchemeWithoutTheSectionTakesTheSeedsValues() {
        SchemeVersion daligang = SchemeFixtures.daligang2021();
        assertThat(daligang.approvals()).isEqualTo(Approvals.SEEDS);
        assertThat(daligang.approvals().deposit().awardMultiplier()).isEqualByComparingTo("2");
        assertThat(daligang.approvals().workPlan().reviewWorkingDays()).isEqualTo(5);
        assertThat(daligang.approvals().leave().officeConsentFromDays()).isEqualTo(2);
    }

    @Test
    void outOfRangeNumbersAreRefusedNamingTheField() {
        SchemeVersion s = SchemeFixtures.townCadreDiscipline();
        SchemeVersion bad = with(
                s,
                new Approvals(
                        new Approvals.LeaveConsent(0, null),
                        new Approvals.DepositAward(new BigDecimal("-1")),
                        new Approvals.WorkPlanReview(0)));
        assertThat(SchemeValidator.validate(bad))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "approvals.leave.officeConsentFromDays",
                        "approvals.deposit.awardMultiplier",
                        "approvals.workPlan.reviewWorkingDays");
        assertThat(SchemeValidator.validate(bad))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("风险抵押奖倍数") && m.contains("-1"))
                .anyMatch(m -> m.contains("工作安排审核时限") && m.contains("0"));
        assertThat(SchemeValidator.validate(with(
                        s,
                        new Approvals(
                                new Approvals.LeaveConsent(3, null),
                                new Approvals.DepositAward(new BigDecimal("1.5")),
                                new Approvals.WorkPlanReview(3)))))
                .isEmpty();
    }

    @Test
    void theSeedPresetNamesTheSeedsApprovers() {
        // seed 001 篇四 一(三): 1天以内向办公室主任和分管领导书面请假…2天及以上必须书面经办公室主任和分管领导同意 (any days: 分管领导)
        assertThat(SchemeFixtures.townCadreDiscipline().approvals().leave().approvers())
                .containsExactly(
                        new Approvals.LeaveApprover("STAFF", null, "SUPERVISING_LEADER"),
                        new Approvals.LeaveApprover("LEADERSHIP", null, "PRINCIPAL_LEADER"))
                .isEqualTo(Approvals.LeaveConsent.SEED_APPROVERS);
    }

    @Test
    void badApproverRulesAreRefusedNamingTheField() {
        SchemeVersion s = SchemeFixtures.townCadreDiscipline();
        SchemeVersion bad = with(
                s,
                new Approvals(
                        new Approvals.LeaveConsent(
                                2,
                                List.of(
                                        new Approvals.LeaveApprover("STAFF", 3, "SUPERVISING_LEADER"),
                                        new Approvals.LeaveApprover("STAFF", 2, "PRINCIPAL_LEADER"),
                                        new Approvals.LeaveApprover("CLERK", null, "OFFICE"),
                                        new Approvals.LeaveApprover("LEADERSHIP", 0, "MAYOR"))),
                        null,
                        null));
        assertThat(SchemeValidator.validate(bad))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "approvals.leave.approvers[1].upToDays", // not rising
                        "approvals.leave.approvers[2].rank",
                        "approvals.leave.approvers[3].approver",
                        "approvals.leave.approvers[3].upToDays",
                        "approvals.leave.approvers", // STAFF without an open rule
                        "approvals.leave.approvers"); // LEADERSHIP without one
        assertThat(SchemeValidator.validate(bad))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("MAYOR"))
                .anyMatch(m -> m.contains("STAFF") && m.contains("不限天数"));
        assertThat(SchemeValidator.validate(with(
                        s,
                        new Approvals(
                                new Approvals.LeaveConsent(
                                        2,
                                        List.of(
                                                new Approvals.LeaveApprover("STAFF", 2, "SUPERVISING_LEADER"),
                                                new Approvals.LeaveApprover("STAFF", null, "PRINCIPAL_LEADER"),
                                                new Approvals.LeaveApprover("LEADERSHIP", null, "OFFICE"))),
                                null,
                                null))))
                .isEmpty();
    }

    private static SchemeVersion with(SchemeVersion s, Approvals a) {
        return new SchemeVersion(
                s.code(),
                s.name(),
                s.version(),
                s.source(),
                s.subjectKind(),
                s.cycle(),
                s.baseScore(),
                s.categories(),
                s.factRules(),
                s.totalBounds(),
                s.derivedScores(),
                s.rollUps(),
                s.grading(),
                s.pay(),
                s.unitOutcomes(),
                s.noticeOpeningDay(),
                a);
    }
}
