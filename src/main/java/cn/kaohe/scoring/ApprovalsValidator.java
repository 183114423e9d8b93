package cn.kaohe.scoring;

import cn.kaohe.scoring.model.Approvals;
import cn.kaohe.scoring.model.Approvals.LeaveApprover;
import cn.kaohe.shared.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a scheme's {@code approvals} section (ADR 0018 addenda), each problem naming its field. */
final class ApprovalsValidator {

    private ApprovalsValidator() {}

    static void check(List<Problem> out, Approvals a) {
        int consent = a.leave().officeConsentFromDays();
        if (consent < 1 || consent > 30) {
            out.add(Problem.ofField(
                    "approvals.leave.officeConsentFromDays", "办公室审核的请假天数起点应在 1–30 个工作日之间，现为 " + consent));
        }
        checkLeaveApprovers(out, a.leave().approvers());
        java.math.BigDecimal award = a.deposit().awardMultiplier();
        if (award.signum() < 0 || award.compareTo(java.math.BigDecimal.TEN) > 0 || award.scale() > 2) {
            out.add(Problem.ofField(
                    "approvals.deposit.awardMultiplier", "风险抵押奖倍数应在 0–10 之间、最多2位小数，现为 " + award.toPlainString()));
        }
        int review = a.workPlan().reviewWorkingDays();
        if (review < 1 || review > 30) {
            out.add(Problem.ofField("approvals.workPlan.reviewWorkingDays", "工作安排审核时限应在 1–30 个工作日之间，现为 " + review));
        }
    }

    /**
     * Each rule names a known rank and approver, {@code upToDays} 1–366 and rising within a rank, and each rank ends with
     * a rule without {@code upToDays} (every request finds its approver).
     */
    private static void checkLeaveApprovers(List<Problem> out, List<LeaveApprover> rules) {
        Map<String, Integer> lastUpTo = new HashMap<>();
        Set<String> open = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            var r = rules.get(i);
            String at = "approvals.leave.approvers[" + i + "]";
            if (r == null) {
                out.add(Problem.ofField(at, "审批规则不能为空"));
                continue;
            }
            boolean rankKnown = LeaveApprover.RANKS.contains(r.rank());
            if (!rankKnown) {
                out.add(Problem.ofField(at + ".rank", "请假人类别应为 STAFF（一般干部）或 LEADERSHIP（班子成员），现为 " + r.rank()));
            }
            if (!LeaveApprover.APPROVERS.contains(r.approver())) {
                out.add(Problem.ofField(
                        at + ".approver",
                        "审批人应为 SUPERVISING_LEADER（分管领导）、PRINCIPAL_LEADER（主要领导）或 OFFICE（办公室），现为 " + r.approver()));
            }
            if (!rankKnown) {
                continue;
            }
            if (open.contains(r.rank())) {
                out.add(Problem.ofField(at + ".upToDays", "此前已有不限天数的 " + r.rank() + " 规则，本条不会生效"));
                continue;
            }
            if (r.upToDays() == null) {
                open.add(r.rank());
            } else if (r.upToDays() < 1 || r.upToDays() > 366) {
                out.add(Problem.ofField(at + ".upToDays", "天数上限应在 1–366 个工作日之间，现为 " + r.upToDays()));
            } else if (lastUpTo.containsKey(r.rank()) && r.upToDays() <= lastUpTo.get(r.rank())) {
                out.add(Problem.ofField(
                        at + ".upToDays", "天数上限须大于同类前一条规则的 " + lastUpTo.get(r.rank()) + "，现为 " + r.upToDays()));
            } else {
                lastUpTo.put(r.rank(), r.upToDays());
            }
        }
        for (String rank : LeaveApprover.RANKS) {
            if (!open.contains(rank)) {
                out.add(Problem.ofField(
                        "approvals.leave.approvers", rank + " 类须有一条不限天数（不填 upToDays）的规则，否则超出天数的请假无人审批"));
            }
        }
    }
}
