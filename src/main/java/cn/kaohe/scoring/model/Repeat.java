package cn.kaohe.scoring.model;

import java.math.BigDecimal;

public record Repeat(RepeatMode mode, BigDecimal factor) {}
