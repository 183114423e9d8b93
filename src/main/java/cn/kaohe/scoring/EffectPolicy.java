package cn.kaohe.scoring;

import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.EffectKind;
import cn.kaohe.scoring.model.SchemeVersion;
import java.util.List;

/**
 * An effect policy: what a triggered effect (a veto, a cap on the grade or the pay, a recorded consequence) does to
 * a subject, with its reason. One implementation per {@link EffectKind}, registered in {@link Effects}.
 */
interface EffectPolicy {

    /** What triggered an effect: the rule or roll-up, its clause, the facts or periods, and the reason in words. */
    record Trigger(String ruleId, String clause, List<String> factIds, String reason) {}

    void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t);
}
