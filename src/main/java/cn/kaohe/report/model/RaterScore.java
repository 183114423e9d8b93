package cn.kaohe.report.model;

import java.math.BigDecimal;

/**
 * One rater's score for one category.
 *
 * @param raterRole e.g. 分管领导评分, 民主测评, 考核小组
 * @param weight share of this rating in the category, e.g. 0.7 (seed 003 四: 乡镇领导小组看法占70%); null if none
 */
public record RaterScore(
        String raterRole,
        String raterName,
        String category,
        BigDecimal score,
        BigDecimal maxScore,
        BigDecimal weight) {}
