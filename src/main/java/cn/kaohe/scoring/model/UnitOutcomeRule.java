package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.util.List;

/**
 * Seed 002 三(三): a unit ranked in the top {@code fromTop} (or the bottom {@code fromBottom})
 * passes {@code consequence} to its members with the listed roles (all if empty).
 */
public record UnitOutcomeRule(
        String id,
        Integer fromTop,
        Integer fromBottom,
        List<String> memberRoles,
        String consequence,
        String label,
        Boolean noExcellence,
        String clause) {
    public UnitOutcomeRule {
        memberRoles = nonNull(memberRoles);
        noExcellence = noExcellence != null && noExcellence;
    }
}
