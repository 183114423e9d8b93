package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;
import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.SchemeVersion;

/** PAY_FACTOR: the pay weight is multiplied by percent/100 (50% caps: 非在编, no real work). */
final class PayFactorEffect implements EffectPolicy {

    @Override
    public void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t) {
        w.payFactor = mul(w.payFactor, div(effect.percent(), Decimals.HUNDRED));
        w.reasons.add(new Reason(
                "PAY_FACTOR",
                t.ruleId(),
                t.clause(),
                t.factIds(),
                "绩效奖金按 " + text(effect.percent()) + "% 核定：" + t.reason()));
    }
}
