package cn.kaohe.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of figures in read-model texts (the templates format their own columns). */
final class ReportNumbers {

    private ReportNumbers() {}

    /** Yuan with two decimals; the value is already rounded by the caller, HALF_UP only pads. */
    static String money(BigDecimal yuan) {
        return String.format("%,.2f", yuan.setScale(2, RoundingMode.HALF_UP));
    }

    /** 0.5 → 50%. */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
