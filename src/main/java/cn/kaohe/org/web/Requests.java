package cn.kaohe.org.web;

import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CommitteeRole;
import cn.kaohe.org.Gender;
import cn.kaohe.org.LeadershipRole;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.SecondmentTerm;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** Request bodies of the organisation API; every change carries a reason for the audit trail. */
final class Requests {

    private Requests() {}

    record CadreRequest(
            @NotBlank(message = "必填")
                    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "只能含字母、数字和 -，最长 40 位")
                    String code,
            @NotBlank(message = "必填") @Size(max = 50, message = "最多 50 字") String name,
            @NotNull(message = "必填（MALE 男 / FEMALE 女）") Gender gender,
            @NotNull(message = "必填") Long unitId,
            @Size(max = 100, message = "最多 100 字") String postTitle,
            PostRank postRank,
            @NotNull(message = "必填（ESTABLISHED 在编 / CONTRACTED 聘用 / SECONDED 借调 / NON_ESTABLISHED 非在编）")
                    StaffType staffType,
            Long villageId,
            LeadershipRole leadershipRole,
            @Pattern(regexp = "|[a-z][a-z0-9._-]{1,39}", message = "须以小写字母开头，只含小写字母、数字和 . _ -，2–40 位") String loginName,
            @Pattern(regexp = "|1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "应为 11 位手机号或 区号-电话") String phone,
            @Valid SecondmentRequest secondment,
            Long version,
            @NotBlank(message = "请填写修改原因") @Size(max = 500, message = "最多 500 字") String reason) {

        CadreCommand command() {
            return new CadreCommand(
                    code,
                    name,
                    gender,
                    unitId,
                    postTitle,
                    postRank,
                    staffType,
                    villageId,
                    leadershipRole,
                    loginName,
                    phone,
                    secondment == null ? null : secondment.term());
        }
    }

    record SecondmentRequest(
            @NotBlank(message = "必填") @Size(max = 100, message = "最多 100 字") String hostOrganisation,
            @NotNull(message = "必填，如 2021-03") YearMonth fromMonth,
            YearMonth toMonth) {

        @AssertTrue(message = "结束月份不能早于开始月份")
        boolean isToMonthAfterFromMonth() {
            return fromMonth == null || toMonth == null || !toMonth.isBefore(fromMonth);
        }

        SecondmentTerm term() {
            return new SecondmentTerm(hostOrganisation.strip(), fromMonth, toMonth);
        }
    }

    record SecondmentChange(
            @NotNull(message = "必填") @Valid SecondmentRequest secondment,
            @NotBlank(message = "请填写修改原因") String reason) {}

    record Reason(@NotBlank(message = "请填写原因") @Size(max = 500, message = "最多 500 字") String reason) {}

    record SupervisionChange(
            @NotNull(message = "必填（可为空列表）") Set<Long> unitIds, @NotBlank(message = "请填写修改原因") String reason) {}

    record CommitteeChange(
            @NotNull(message = "必填（可为空列表）") Set<CommitteeRole> roles,
            boolean assessmentLead,
            @NotBlank(message = "请填写修改原因") String reason) {}

    record UnitRequest(
            @NotBlank(message = "必填")
                    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "只能含字母、数字和 -，最长 40 位")
                    String code,
            @NotBlank(message = "必填") @Size(max = 100, message = "最多 100 字") String name,
            @NotNull(message = "必填") UnitKind kind,
            Long parentId,
            Integer sortOrder,
            @NotBlank(message = "请填写原因") String reason) {}

    /** A cadre's whole post history (任职经历) and why it changes. */
    record PostHistoryChange(
            @NotNull(message = "必填") List<cn.kaohe.org.PostHistory.TermCommand> terms,
            @NotBlank(message = "请填写原因") @Size(max = 500, message = "最多 500 字") String reason) {}

    /** A unit's ranking group (评比类别: 区直部门、镇乡、街道; empty: from the unit's kind). */
    record RankingGroupChange(
            @Size(max = 30, message = "最多 30 字") String rankingGroup,
            @NotBlank(message = "请填写原因") @Size(max = 500, message = "最多 500 字") String reason) {}

    record LiaisonVillageChange(
            Long liaisonVillageId, @NotBlank(message = "请填写原因") @Size(max = 500, message = "最多 500 字") String reason) {}
}
