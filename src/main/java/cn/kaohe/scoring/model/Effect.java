package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * An effect of a rule. Triggered when the summed quantity of the subject's matching facts
 * reaches {@code threshold} (default: any fact), restricted to {@code levels} if given.
 */
public record Effect(
        EffectKind kind,
        List<String> levels,
        BigDecimal threshold,
        Comparison comparison,
        String value,
        BigDecimal percent,
        String reason,
        String clause) {
    public Effect {
        levels = nonNull(levels);
        comparison = comparison == null ? Comparison.AT_LEAST : comparison;
    }
}
