package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.SchemeVersion;

/** CONSEQUENCE: a recorded consequence (约谈, 年度定为基本称职或不称职) with its reason. */
final class ConsequenceEffect implements EffectPolicy {

    @Override
    public void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t) {
        w.consequences.add(effect.value());
        w.reasons.add(new Reason(
                "CONSEQUENCE",
                t.ruleId(),
                t.clause(),
                t.factIds(),
                Vocabulary.consequence(effect.value(), t.reason())));
    }
}
