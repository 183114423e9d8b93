package cn.kaohe.report.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The written result for one cadre.
 *
 * @param highlights the main deductions and credits in words
 * @param payAmount performance pay in yuan, null when not yet allocated
 * @param appealOffice where to appeal
 * @param appealDeadline last day to appeal
 */
public record ResultNotice(
        String cadreName,
        String unitName,
        String postName,
        BigDecimal total,
        String grade,
        int rank,
        int rankedOf,
        boolean excellenceEligible,
        String eligibilityNote,
        BigDecimal payAmount,
        String highlights,
        String appealOffice,
        LocalDate appealDeadline) {

    public String eligibilityText() {
        String base = excellenceEligible ? "保留年度评先评优资格" : "取消年度评先评优资格";
        return eligibilityNote == null || eligibilityNote.isBlank() ? base : base + "（" + eligibilityNote + "）";
    }

    public String payText() {
        return payAmount == null ? "另行通知" : ReportNumbers.money(payAmount) + " 元";
    }
}
