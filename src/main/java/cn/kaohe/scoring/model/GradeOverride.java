package cn.kaohe.scoring.model;

import java.math.BigDecimal;

public record GradeOverride(OverrideKind kind, BigDecimal value, String grade, String reason, String clause) {}
