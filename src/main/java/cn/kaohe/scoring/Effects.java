package cn.kaohe.scoring;

import cn.kaohe.scoring.SubjectWork.Hit;
import cn.kaohe.scoring.model.Comparison;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.EffectKind;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' effects: per rule, the subject's matching facts (restricted to the effect's levels) summed; an effect
 * whose threshold is reached is applied by its {@link EffectPolicy}.
 */
final class Effects {

    private static final Map<EffectKind, EffectPolicy> POLICIES = new EnumMap<>(EffectKind.class);

    static {
        POLICIES.put(EffectKind.NO_EXCELLENCE, new NoExcellenceEffect());
        POLICIES.put(EffectKind.WITHHOLD_PAY, new WithholdPayEffect());
        POLICIES.put(EffectKind.PAY_FACTOR, new PayFactorEffect());
        POLICIES.put(EffectKind.GRADE_AT_MOST, new GradeAtMostEffect());
        POLICIES.put(EffectKind.GRADE_FORCE, new GradeForceEffect());
        POLICIES.put(EffectKind.CONSEQUENCE, new ConsequenceEffect());
        for (EffectKind k : EffectKind.values()) {
            if (!POLICIES.containsKey(k)) {
                throw new IllegalStateException("no effect policy for " + k);
            }
        }
    }

    private final SchemeVersion scheme;

    Effects(SchemeVersion scheme) {
        this.scheme = scheme;
    }

    /** Applies one effect with its trigger. */
    void apply(SubjectWork w, Effect effect, EffectPolicy.Trigger trigger) {
        POLICIES.get(effect.kind()).apply(scheme, w, effect, trigger);
    }

    /** The effects of the rules whose facts hit the subject. */
    void applyFactEffects(SubjectWork w) {
        Map<FactRule, List<Hit>> byRule = new LinkedHashMap<>();
        for (Hit h : w.hits) {
            if (!h.rule.effects().isEmpty()) {
                byRule.computeIfAbsent(h.rule, k -> new ArrayList<>()).add(h);
            }
        }
        for (Map.Entry<FactRule, List<Hit>> e : byRule.entrySet()) {
            FactRule r = e.getKey();
            for (Effect effect : r.effects()) {
                BigDecimal quantity = BigDecimal.ZERO;
                List<String> factIds = new ArrayList<>();
                for (Hit h : e.getValue()) {
                    if (effect.levels().isEmpty() || effect.levels().contains(h.fact.level())) {
                        quantity = quantity.add(h.fact.quantity());
                        factIds.add(h.fact.id());
                    }
                }
                if (factIds.isEmpty() || !reached(effect, quantity)) {
                    continue;
                }
                apply(
                        w,
                        effect,
                        new EffectPolicy.Trigger(
                                r.id(),
                                effect.clause() != null ? effect.clause() : r.clause(),
                                factIds,
                                effect.reason() != null ? effect.reason() : r.name()));
            }
        }
    }

    static boolean reached(Effect effect, BigDecimal quantity) {
        if (effect.threshold() == null) {
            return true;
        }
        int cmp = quantity.compareTo(effect.threshold());
        return effect.comparison() == Comparison.MORE_THAN ? cmp > 0 : cmp >= 0;
    }
}
