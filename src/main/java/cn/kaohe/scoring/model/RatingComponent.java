package cn.kaohe.scoring.model;

import java.math.BigDecimal;

/**
 * One weighted input of a rating category: ratings of {@code raterGroup} (any if null) on
 * {@code part} (the category id if null); several raters are averaged.
 */
public record RatingComponent(String raterGroup, String part, String name, BigDecimal weight) {}
