package cn.kaohe.report.model;

import java.math.BigDecimal;

/**
 * One cadre's performance pay.
 *
 * @param basis 核定基数 in yuan, before withholding and prorating
 * @param withholdingRate share withheld, 0..1 (seed 000 三(二)4: 警告 50%, 问责 20%; 严重警告 100%)
 * @param prorateFactor 折算系数, e.g. months in post / 12, or 0.5 for 不在岗 (seed 000 四3)
 * @param amount 应发金额 in yuan as computed by the scoring module (rounded to the cent there)
 * @param riskDeposit the cadre's risk deposits of the year (目标风险抵押金, seed 001 篇四 二(七)1(2)) as printed: paid,
 *     refunded and awarded 1:2, refunded without award, or forfeited; null when none
 */
public record PayRow(
        int seq,
        String cadreName,
        String unitName,
        String grade,
        BigDecimal score,
        BigDecimal basis,
        BigDecimal withholdingRate,
        String withholdingReason,
        BigDecimal prorateFactor,
        String prorateReason,
        BigDecimal amount,
        String riskDeposit) {

    /** A row without risk deposits. */
    public PayRow(
            int seq,
            String cadreName,
            String unitName,
            String grade,
            BigDecimal score,
            BigDecimal basis,
            BigDecimal withholdingRate,
            String withholdingReason,
            BigDecimal prorateFactor,
            String prorateReason,
            BigDecimal amount) {
        this(
                seq,
                cadreName,
                unitName,
                grade,
                score,
                basis,
                withholdingRate,
                withholdingReason,
                prorateFactor,
                prorateReason,
                amount,
                null);
    }

    /** What withholding and prorating took away. */
    public BigDecimal reduction() {
        return basis.subtract(amount);
    }

    public String adjustments() {
        StringBuilder sb = new StringBuilder();
        if (withholdingRate != null && withholdingRate.signum() > 0) {
            sb.append("扣发").append(ReportNumbers.percent(withholdingRate));
            if (withholdingReason != null) {
                sb.append("（").append(withholdingReason).append("）");
            }
        }
        if (prorateFactor != null && prorateFactor.compareTo(BigDecimal.ONE) != 0) {
            if (!sb.isEmpty()) {
                sb.append("；");
            }
            sb.append("折算×").append(prorateFactor.stripTrailingZeros().toPlainString());
            if (prorateReason != null) {
                sb.append("（").append(prorateReason).append("）");
            }
        }
        return sb.toString();
    }
}
