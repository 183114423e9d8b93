package cn.kaohe.scoring.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scheme's numbers for the approvals beside the assessment (issue 18, ADR 0018). Left out, each takes the seed's
 * value: a scheme without this section behaves as the seeds say.
 *
 * @param leave 请销假 (seed 001 篇四 一(三))
 * @param deposit 目标风险抵押金 (seed 001 篇四 二(七)1(2))
 * @param workPlan 月度工作安排 (seed 003)
 */
public record Approvals(LeaveConsent leave, DepositAward deposit, WorkPlanReview workPlan) {

    /** The seeds' values. */
    public static final Approvals SEEDS = new Approvals(null, null, null);

    public Approvals {
        leave = leave == null ? new LeaveConsent(null, null) : leave;
        deposit = deposit == null ? new DepositAward(null) : deposit;
        workPlan = workPlan == null ? new WorkPlanReview(null) : workPlan;
    }

    /**
     * @param officeConsentFromDays from this many working days on the office (办公室主任) consents after the approver
     *     (seed 001 篇四 一(三): 2天及以上必须书面经办公室主任和分管领导同意 — 2)
     * @param approvers who approves a request, by the requester's rank and the request's working days: the first rule
     *     of the rank whose {@code upToDays} is left out or not below the days names the approver; left out, the seeds'
     *     rules ({@link #SEED_APPROVERS})
     */
    public record LeaveConsent(Integer officeConsentFromDays, List<LeaveApprover> approvers) {

        /**
         * Seed 001 篇四 一(三) (1天以内向办公室主任和分管领导书面请假…2天及以上必须书面经办公室主任和分管领导同意) and seed 000
         * 三(二)1 (须报分管领导批准): a cadre's request goes to the 分管领导 whatever its days; a leadership member's own
         * request goes to the 主要领导 (参数: nobody supervises the leaders).
         */
        public static final List<LeaveApprover> SEED_APPROVERS = List.of(
                new LeaveApprover(LeaveApprover.STAFF, null, LeaveApprover.SUPERVISING_LEADER),
                new LeaveApprover(LeaveApprover.LEADERSHIP, null, LeaveApprover.PRINCIPAL_LEADER));

        public LeaveConsent {
            officeConsentFromDays = officeConsentFromDays == null ? 2 : officeConsentFromDays;
            approvers = approvers == null || approvers.isEmpty() ? SEED_APPROVERS : List.copyOf(approvers);
        }

        /**
         * The approver role the rules name for a requester of {@code rank} asking {@code days} working days; the
         * seeds' rule of the rank when no rule of the scheme matches (the validator refuses such a scheme).
         */
        public String approverFor(String rank, int days) {
            return approvers.stream()
                    .filter(r -> rank.equals(r.rank()) && (r.upToDays() == null || days <= r.upToDays()))
                    .map(LeaveApprover::approver)
                    .findFirst()
                    .orElseGet(() -> SEED_APPROVERS.stream()
                            .filter(r -> rank.equals(r.rank()))
                            .map(LeaveApprover::approver)
                            .findFirst()
                            .orElse(LeaveApprover.OFFICE));
        }
    }

    /**
     * One approver rule of 请销假.
     *
     * @param rank the requester's rank: {@code STAFF} (一般干部) or {@code LEADERSHIP} (班子成员)
     * @param upToDays the rule holds up to this many working days; left out: any number
     * @param approver {@code SUPERVISING_LEADER} 分管领导, {@code PRINCIPAL_LEADER} 主要领导 or {@code OFFICE} 办公室
     */
    public record LeaveApprover(String rank, Integer upToDays, String approver) {
        public static final String STAFF = "STAFF";
        public static final String LEADERSHIP = "LEADERSHIP";
        public static final String SUPERVISING_LEADER = "SUPERVISING_LEADER";
        public static final String PRINCIPAL_LEADER = "PRINCIPAL_LEADER";
        public static final String OFFICE = "OFFICE";
        public static final List<String> RANKS = List.of(STAFF, LEADERSHIP);
        public static final List<String> APPROVERS = List.of(SUPERVISING_LEADER, PRINCIPAL_LEADER, OFFICE);
    }

    /**
     * @param awardMultiplier the award on a deposit refunded on time and 达标 (seed 001 篇四 二(七)1(2): 按1:2的比例发放风险
     *     抵押奖 — 2)
     */
    public record DepositAward(BigDecimal awardMultiplier) {
        public DepositAward {
            awardMultiplier = awardMultiplier == null ? BigDecimal.valueOf(2) : awardMultiplier;
        }
    }

    /** @param reviewWorkingDays the review of a monthly plan is due this many working days on (参数: seed 003 sets none — 5) */
    public record WorkPlanReview(Integer reviewWorkingDays) {
        public WorkPlanReview {
            reviewWorkingDays = reviewWorkingDays == null ? 5 : reviewWorkingDays;
        }
    }
}
