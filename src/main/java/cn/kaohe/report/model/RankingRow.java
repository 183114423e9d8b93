package cn.kaohe.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One cadre in the ranking.
 *
 * @param categoryScores scores per category, in the order of {@link RankingReport#categoryNames()}
 * @param excellenceEligible 评先评优资格 kept
 * @param underAppeal an appeal against this result is open (申诉中): the result may still change
 * @param remark free text, e.g. 一票否决 or 借调
 */
public record RankingRow(
        int rank,
        String cadreName,
        String unitName,
        String postName,
        List<BigDecimal> categoryScores,
        BigDecimal total,
        String grade,
        boolean excellenceEligible,
        boolean underAppeal,
        String remark) {

    public RankingRow {
        categoryScores = List.copyOf(categoryScores);
    }

    public String eligibilityText() {
        return excellenceEligible ? "有" : "取消";
    }

    /** 申诉中 first, then the remark. */
    public String remarkText() {
        List<String> parts = new ArrayList<>();
        if (underAppeal) {
            parts.add("申诉中");
        }
        if (remark != null && !remark.isBlank()) {
            parts.add(remark);
        }
        return String.join("；", parts);
    }
}
