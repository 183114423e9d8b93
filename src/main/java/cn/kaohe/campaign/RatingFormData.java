package cn.kaohe.campaign;

import java.math.BigDecimal;
import java.util.Map;

/** A supervising leader's rating (分管领导评分): a score per category and a comment. */
public record RatingFormData(Map<String, BigDecimal> scores, String comment) {}
