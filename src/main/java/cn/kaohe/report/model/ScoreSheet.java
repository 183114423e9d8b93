package cn.kaohe.report.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cadre's score sheet: the explanation of the total.
 *
 * @param selfEvaluationSummary 自评/述职 summary written by the cadre
 * @param selfScore the cadre's own score, null when the scheme has none
 * @param raterScores each rater's score per category (分管领导评分, 民主测评 …)
 * @param items every deduction and credit with its rule, clause and fact
 * @param baseScore 基础分, e.g. 1000 in seed 000 三
 * @param comments 考评意见 of the direct superior
 * @param reviewOpinion 复核意见 of the committee
 */
public record ScoreSheet(
        String cadreName,
        String unitName,
        String postName,
        String selfEvaluationSummary,
        BigDecimal selfScore,
        List<RaterScore> raterScores,
        List<ScoreItem> items,
        BigDecimal baseScore,
        BigDecimal total,
        String grade,
        String comments,
        String reviewOpinion) {

    public ScoreSheet {
        raterScores = List.copyOf(raterScores);
        items = List.copyOf(items);
    }

    public BigDecimal deductionSum() {
        return items.stream()
                .filter(i -> i.points().signum() < 0)
                .map(ScoreItem::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal creditSum() {
        return items.stream()
                .filter(i -> i.points().signum() > 0)
                .map(ScoreItem::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
