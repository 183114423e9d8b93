package cn.kaohe.scoring.model;

import java.math.BigDecimal;

/** The absolute sum of the deltas of rules naming this sub-cap is limited to {@code limit}. */
public record SubCap(String id, String name, BigDecimal limit, String clause) {}
