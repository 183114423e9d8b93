package cn.kaohe.report;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.report.CampaignData.CadreInfo;
import cn.kaohe.report.model.PayRow;
import cn.kaohe.report.model.PerformancePayReport;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.Pay;
import cn.kaohe.scoring.ScoringOutcome.PayReconciliation;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.PayPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 绩效奖金分配表: per cadre the gross pay, what was withheld and why, the net amount and the risk deposits; the pool, the
 * scheme's basis and whether the allocation keeps to the scheme.
 */
final class PerformancePayBuilder {

    /** Engine reason codes that concern pay. */
    private static final Set<String> PAY_CODES = Set.of("WITHHOLD_PAY", "PAY_FACTOR");

    private final ReportBasis basis;

    PerformancePayBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    PerformancePayReport build() {
        CampaignData data = basis.data;
        List<PayRow> rows = new ArrayList<>();
        int seq = 0;
        for (Assessment a : data.assessments()) {
            SubjectResult r = data.results().get(a.getId());
            Pay pay = r == null || r.pay() == null ? Pay.none() : r.pay();
            CadreInfo cadre = data.cadre(a);
            BigDecimal rate = pay.gross().signum() > 0
                    ? pay.withheld().divide(pay.gross(), 4, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
            String withholding = r == null
                    ? null
                    : ReportNotes.payReason(
                            pay,
                            r.reasons().stream()
                                    .filter(x -> PAY_CODES.contains(x.code()))
                                    .map(Reason::description)
                                    .toList());
            rows.add(new PayRow(
                    ++seq,
                    cadre.name(),
                    cadre.unitName(),
                    basis.grade(a),
                    a.getTotal(),
                    pay.gross(),
                    rate,
                    withholding,
                    BigDecimal.ONE,
                    null,
                    pay.net(),
                    depositText(data.deposits().getOrDefault(a.getCadreId(), List.of()))));
        }
        BigDecimal pool = null;
        boolean ok = true;
        for (GroupResult g : data.groups()) {
            PayReconciliation rec = g.pay();
            if (rec != null) {
                ok &= rec.ok();
                if (rec.pool() != null) {
                    pool = pool == null ? rec.pool() : pool.add(rec.pool());
                }
            }
        }
        if (pool == null) {
            // no pool in this pay mode (amounts by grade): the allocation is the budget
            pool = rows.stream().map(PayRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        String message = ok
                ? null
                : "绩效奖金分配不符合方案要求（" + Objects.toString(basis.scheme.pay().clause(), "") + "）";
        return new PerformancePayReport(basis.header(), pool, basisRule(), rows, message);
    }

    /** 风险抵押金 beside the pay (seed 001 篇四 二(七)1(2)、2(1)): each deposit of the year and how it was settled. */
    static String depositText(List<CampaignData.Deposit> deposits) {
        if (deposits.isEmpty()) {
            return null;
        }
        return deposits.stream()
                .map(d -> d.item() + " 抵押" + yuan(d.amount()) + "："
                        + switch (d.status()) {
                            case "AWARDED" -> "退还" + yuan(d.refund()) + "，奖励" + yuan(d.award()) + "（1:2）";
                            case "REFUNDED" -> "退还" + yuan(d.refund()) + "，不计奖（不达标）";
                            case "FORFEITED" -> "不予退还（未按时限完成）";
                            default -> "待结算";
                        })
                .collect(Collectors.joining("；"));
    }

    private static String yuan(BigDecimal v) {
        return v == null ? "—" : String.format("%,.2f元", v.setScale(2, RoundingMode.HALF_UP));
    }

    private String basisRule() {
        PayPolicy pay = basis.scheme.pay();
        String clause = pay.clause() == null ? "" : "（" + pay.clause() + "）";
        return switch (pay.mode()) {
            case PROPORTIONAL -> "按个人所得分折算奖励到人，分配合计不得突破奖金总额" + clause;
            case BY_GRADE ->
                "按等次定额发放："
                        + pay.gradeAmounts().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> basis.gradeLabel(e.getKey()) + " "
                                        + e.getValue().stripTrailingZeros().toPlainString() + " 元")
                                .collect(Collectors.joining("、"))
                        + "/人/月，共 " + pay.months() + " 个月" + clause;
            case UNIT_PRIZE -> "按单位等次奖励，分配到人" + clause;
            case NONE -> "本方案不设绩效奖金";
        };
    }
}
