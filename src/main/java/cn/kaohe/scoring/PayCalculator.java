package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.Member;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringOutcome.MemberPay;
import cn.kaohe.scoring.ScoringOutcome.Pay;
import cn.kaohe.scoring.ScoringOutcome.PayReconciliation;
import cn.kaohe.scoring.model.PayMode;
import cn.kaohe.scoring.model.PayPolicy;
import cn.kaohe.scoring.model.PrizeTier;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Performance pay (绩效奖金) of one ranking group, in whole yuan (参数 pay.moneyUnit: or fen).
 *
 * <ul>
 *   <li>PROPORTIONAL (seed 000 四1): weight = total × staff-type factor × pay factors (50% caps) ×
 *       months/12 when prorated; shares of the pool by the largest remainder method, so Σ gross =
 *       pool exactly (ties of remainders: better rank first). Discipline withholding (扣发) is
 *       taken from the person's gross and not redistributed.
 *   <li>BY_GRADE (seed 003 五): amount per grade per month, summed over the prior results given and
 *       the current period (the quarter's pay), checked against the pool if one is given.
 *   <li>UNIT_PRIZE (seed 004 第二十一、二十八条): per-unit amounts (with a share for the principals)
 *       or per-role amounts prorated by months in the unit (第二十四条); negative amounts are fines.
 * </ul>
 *
 * Fines and bonuses from ledger facts (篇四 扣50元; 风险抵押奖 1:2) adjust the net, which never
 * goes below 0. Grades in {@code noPayGrades} get no gross and no bonus.
 */
final class PayCalculator {

    /** Consequence value of seed 004 第二十七条: the unit's leadership gets no prize. */
    static final String LEADERS_NO_PRIZE = "LEADERS_NO_PRIZE";

    private final SchemeVersion scheme;
    private final PayPolicy policy;
    private final Map<String, List<PriorResult>> prior;
    private final String period;
    private final ScoringInput.Payout payout;

    PayCalculator(
            SchemeVersion scheme, Map<String, List<PriorResult>> prior, String period, ScoringInput.Payout payout) {
        this.scheme = scheme;
        this.policy = scheme.pay();
        this.prior = prior;
        this.period = period == null ? "本期" : period;
        this.payout = payout;
    }

    /** Decimal places of an amount (参数 pay.moneyUnit). */
    private int scale() {
        return policy.moneyUnit().scale();
    }

    private BigDecimal money(BigDecimal value) {
        return Decimals.money(value, policy.moneyUnit());
    }

    PayReconciliation pay(List<SubjectWork> ordered, BigDecimal pool) {
        if (policy.mode() == PayMode.NONE) {
            return null;
        }
        List<BigDecimal> gross = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        List<List<MemberPay>> members = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            gross.add(BigDecimal.ZERO);
            lines.add(new ArrayList<>());
            members.add(new ArrayList<>());
        }
        switch (policy.mode()) {
            case PROPORTIONAL -> proportional(ordered, pool, gross, lines);
            case BY_GRADE -> byGrade(ordered, gross, lines);
            case UNIT_PRIZE -> unitPrize(ordered, gross, lines, members);
            default -> {}
        }
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal withheldSum = BigDecimal.ZERO;
        BigDecimal adjustmentsSum = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal firstPaid = null;
        boolean equal = true;
        int paidCount = 0;
        for (int i = 0; i < ordered.size(); i++) {
            SubjectWork w = ordered.get(i);
            BigDecimal g = gross.get(i);
            List<String> l = lines.get(i);
            BigDecimal withheld = BigDecimal.ZERO;
            if (w.withholdPercent.signum() > 0 && g.signum() > 0) {
                withheld = money(g.multiply(w.withholdPercent).divide(Decimals.HUNDRED));
                l.add("扣发 " + text(w.withholdPercent) + "%：−" + text(withheld) + " 元");
            }
            BigDecimal adjustments = BigDecimal.ZERO;
            boolean noPayGrade = w.grade != null && policy.noPayGrades().contains(w.grade);
            for (var m : w.money) {
                if (m.amount().signum() > 0 && (noPayGrade || w.noPay)) {
                    l.add(m.description() + "（等次不计发，不予发放）");
                    continue;
                }
                adjustments = adjustments.add(m.amount());
                l.add(m.description() + "（" + m.factId() + "）");
            }
            BigDecimal net = g.subtract(withheld).add(adjustments);
            if (net.signum() < 0 && g.signum() >= 0) {
                l.add("应扣金额超过应发金额，实发为 0 元");
                net = BigDecimal.ZERO;
            }
            allocated = allocated.add(g);
            withheldSum = withheldSum.add(withheld);
            adjustmentsSum = adjustmentsSum.add(adjustments);
            paid = paid.add(net);
            if (g.signum() > 0) {
                paidCount++;
                if (firstPaid == null) {
                    firstPaid = g;
                } else if (firstPaid.compareTo(g) != 0) {
                    equal = false;
                }
            }
            w.pay = new Pay(g, withheld, adjustments, net, List.copyOf(l), List.copyOf(members.get(i)));
        }
        boolean ok = pool == null
                || (policy.mode() == PayMode.PROPORTIONAL
                        ? allocated.compareTo(pool) == 0 || paidCount == 0
                        : allocated.compareTo(pool) <= 0);
        return new PayReconciliation(pool, allocated, withheldSum, adjustmentsSum, paid, ok, paidCount > 1 && equal);
    }

    private boolean excluded(SubjectWork w, List<String> l) {
        if (w.grade != null && policy.noPayGrades().contains(w.grade)) {
            l.add("等次“" + w.gradeLabel + "”不计发绩效奖金");
            return true;
        }
        return false;
    }

    private BigDecimal staffFactor(SubjectWork w, List<String> l) {
        BigDecimal f = policy.staffTypeFactors().get(w.subject.staffType().name());
        if (f == null) {
            return BigDecimal.ONE;
        }
        l.add(staffTypeName(w.subject.staffType()) + "人员按 " + SchemeValidator.percent(f) + " 核定");
        return f;
    }

    /** Chinese names of the staff types in explanations (never the code). */
    static String staffTypeName(ScoringInput.StaffType t) {
        return switch (t) {
            case ESTABLISHED -> "在编";
            case HIRED -> "聘用";
            case SECONDED -> "借调";
            case NON_ESTABLISHED -> "非在编";
        };
    }

    private void proportional(
            List<SubjectWork> ordered, BigDecimal pool, List<BigDecimal> gross, List<List<String>> lines) {
        if (pool == null) {
            for (List<String> l : lines) {
                l.add("未提供奖金总额，未计算绩效奖金");
            }
            return;
        }
        BigDecimal[] weights = new BigDecimal[ordered.size()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < ordered.size(); i++) {
            SubjectWork w = ordered.get(i);
            List<String> l = lines.get(i);
            BigDecimal weight = BigDecimal.ZERO;
            if (!excluded(w, l) && w.total.signum() > 0) {
                weight = w.total.multiply(staffFactor(w, l)).multiply(w.payFactor);
                if (w.payFactor.compareTo(BigDecimal.ONE) != 0) {
                    l.add("按 " + SchemeValidator.percent(w.payFactor) + " 核定");
                }
                if (policy.prorateByMonths() && w.subject.monthsInPost() < 12) {
                    weight = weight.multiply(BigDecimal.valueOf(w.subject.monthsInPost()))
                            .divide(Decimals.TWELVE, 10, RoundingMode.HALF_UP);
                    l.add("按在岗 " + w.subject.monthsInPost() + " 个月折算");
                }
            }
            weights[i] = weight;
            sum = sum.add(weight);
        }
        if (sum.signum() == 0) {
            return;
        }
        BigDecimal[] exact = new BigDecimal[ordered.size()];
        BigDecimal floors = BigDecimal.ZERO;
        for (int i = 0; i < ordered.size(); i++) {
            exact[i] = pool.multiply(weights[i]).divide(sum, 10, RoundingMode.HALF_UP);
            gross.set(i, exact[i].setScale(scale(), RoundingMode.FLOOR));
            floors = floors.add(gross.get(i));
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale()); // 1 元, or 0.01 元 when counting in fen
        int left = pool.setScale(scale(), RoundingMode.FLOOR)
                .subtract(floors)
                .divide(step)
                .intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact[i].subtract(gross.get(i)))
                .reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            gross.set(i, gross.get(i).add(step));
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (weights[i].signum() > 0) {
                lines.get(i)
                        .add("按得分折算：奖金总额 " + text(pool) + " × " + text(weights[i].setScale(4, RoundingMode.HALF_UP))
                                + " / "
                                + text(sum.setScale(4, RoundingMode.HALF_UP)) + " = "
                                + text(exact[i].setScale(2, RoundingMode.HALF_UP))
                                + "，按最大余额法取整为 " + text(gross.get(i)) + " 元");
            }
        }
    }

    private void byGrade(List<SubjectWork> ordered, List<BigDecimal> gross, List<List<String>> lines) {
        for (int i = 0; i < ordered.size(); i++) {
            SubjectWork w = ordered.get(i);
            List<String> l = lines.get(i);
            if (w.noPay) {
                continue;
            }
            if (payout != null && !payout.due()) {
                // seed 003 五: 业绩考核奖金按季度发放 — this period's grade is paid with the payout closing the quarter
                l.add("按" + payout.label() + "合并发放：本期等次“" + label(w.grade) + "”于发放期间结束时计发，本期不发放");
                continue;
            }
            List<String[]> periods = new ArrayList<>();
            for (PriorResult p : prior.getOrDefault(w.id(), List.of())) {
                if (payout == null || payout.priorPeriods().contains(p.period())) {
                    periods.add(new String[] {p.period(), p.grade()});
                }
            }
            periods.sort(java.util.Comparator.comparing((String[] p) -> p[0]));
            periods.add(new String[] {period, w.grade});
            BigDecimal flat =
                    policy.staffTypeAmounts().get(w.subject.staffType().name());
            BigDecimal factor =
                    policy.staffTypeFactors().getOrDefault(w.subject.staffType().name(), BigDecimal.ONE);
            BigDecimal total = BigDecimal.ZERO;
            for (String[] p : periods) {
                BigDecimal perMonth =
                        flat != null ? flat : policy.gradeAmounts().getOrDefault(p[1], BigDecimal.ZERO);
                BigDecimal amount = money(
                        perMonth.multiply(BigDecimal.valueOf(policy.months())).multiply(factor));
                total = total.add(amount);
                l.add(p[0] + "："
                        + (flat != null
                                ? "聘用人员每月 " + text(flat) + " 元"
                                : "等次 " + label(p[1]) + " 每月 " + text(perMonth) + " 元")
                        + " × " + policy.months() + " 个月"
                        + (factor.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + SchemeValidator.percent(factor))
                        + " = " + text(amount) + " 元");
            }
            gross.set(i, total);
        }
    }

    private String label(String code) {
        return code == null ? "无" : Grader.label(scheme, code);
    }

    private void unitPrize(
            List<SubjectWork> ordered,
            List<BigDecimal> gross,
            List<List<String>> lines,
            List<List<MemberPay>> members) {
        for (int i = 0; i < ordered.size(); i++) {
            SubjectWork w = ordered.get(i);
            List<String> l = lines.get(i);
            PrizeTier tier = null;
            for (PrizeTier t : policy.tiers()) {
                if (Objects.equals(t.grade(), w.grade)
                        && (t.group() == null || t.group().equals(w.subject.group()))) {
                    tier = t;
                    break;
                }
            }
            if (tier == null) {
                l.add("等次“" + label(w.grade) + "”无奖金");
                continue;
            }
            List<MemberPay> mp = members.get(i);
            BigDecimal unitTotal = BigDecimal.ZERO;
            if (tier.unitAmount() != null) {
                BigDecimal amount = tier.unitAmount();
                unitTotal = amount;
                l.add((amount.signum() >= 0 ? "单位奖金 " : "单位罚款 ") + text(amount.abs()) + " 元（" + tier.clause() + "）");
                if (tier.principalsPercent() != null && amount.signum() > 0) {
                    List<Member> principals = w.subject.members().stream()
                            .filter(m -> m.role() == Role.PRINCIPAL)
                            .toList();
                    BigDecimal share = money(Decimals.percentOf(amount, tier.principalsPercent()));
                    l.add("其中 " + text(tier.principalsPercent()) + "% 计 " + text(share) + " 元专用于奖励主要领导");
                    if (w.consequences.contains(LEADERS_NO_PRIZE)) {
                        for (Member m : principals) {
                            mp.add(new MemberPay(m.id(), m.name(), m.role().name(), BigDecimal.ZERO, "单位被否决，主要领导不予奖励"));
                        }
                    } else if (!principals.isEmpty()) {
                        BigDecimal each =
                                share.divide(BigDecimal.valueOf(principals.size()), scale(), RoundingMode.FLOOR);
                        BigDecimal rest = share.subtract(each.multiply(BigDecimal.valueOf(principals.size())));
                        for (int k = 0; k < principals.size(); k++) {
                            Member m = principals.get(k);
                            BigDecimal a = k == 0 ? each.add(rest) : each;
                            mp.add(new MemberPay(m.id(), m.name(), m.role().name(), a, "主要领导奖励 " + text(a) + " 元"));
                        }
                    }
                }
            }
            for (Member m : w.subject.members()) {
                BigDecimal perRole = tier.roleAmounts().get(m.role().name());
                if (perRole == null) {
                    continue;
                }
                if (m.excludedReason() != null && perRole.signum() > 0) {
                    mp.add(new MemberPay(
                            m.id(), m.name(), m.role().name(), BigDecimal.ZERO, "不予奖励：" + m.excludedReason()));
                    continue;
                }
                BigDecimal a = perRole;
                String how = (perRole.signum() >= 0 ? "奖励 " : "罚款 ") + text(perRole.abs()) + " 元";
                if (perRole.signum() > 0 && m.monthsInUnit() < 12) {
                    a = money(perRole.multiply(BigDecimal.valueOf(m.monthsInUnit()))
                            .divide(Decimals.TWELVE, 4, RoundingMode.HALF_UP));
                    how += "，按在本单位工作 " + m.monthsInUnit() + " 个月计发 " + text(a) + " 元";
                }
                if (w.consequences.contains(LEADERS_NO_PRIZE) && perRole.signum() > 0 && m.role() != Role.STAFF) {
                    // seed 004 第二十七条: 领导班子成员和相关人员不予奖励
                    mp.add(new MemberPay(m.id(), m.name(), m.role().name(), BigDecimal.ZERO, "单位被否决，领导班子成员不予奖励"));
                    continue;
                }
                mp.add(new MemberPay(m.id(), m.name(), m.role().name(), a, how));
                if (tier.unitAmount() == null) {
                    unitTotal = unitTotal.add(a);
                }
            }
            gross.set(i, unitTotal);
        }
    }
}
