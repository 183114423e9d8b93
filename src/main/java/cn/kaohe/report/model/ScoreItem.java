package cn.kaohe.report.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One deduction (扣分) or credit (加分) with what it rests on.
 *
 * @param rule the rule as worded in the scheme, e.g. 迟到一次扣2分
 * @param clause where the rule stands, e.g. 方案 三(二)1
 * @param fact the ledger fact, e.g. 3月2日迟到（镇纪委通报）
 * @param points signed: negative for a deduction
 */
public record ScoreItem(
        String category, String rule, String clause, String fact, LocalDate factDate, BigDecimal points) {

    public String kind() {
        return points.signum() < 0 ? "扣分" : "加分";
    }
}
