package cn.kaohe.scoring.model;

import java.math.BigDecimal;

public record Bounds(BigDecimal cap, BigDecimal floor, String clause) {}
