package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.SchemeVersion;

/** WITHHOLD_PAY: a percent of the pay is withheld (扣发); the largest triggered percent wins. */
final class WithholdPayEffect implements EffectPolicy {

    @Override
    public void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t) {
        w.withholdPercent = w.withholdPercent.max(effect.percent());
        w.reasons.add(new Reason(
                "WITHHOLD_PAY",
                t.ruleId(),
                t.clause(),
                t.factIds(),
                "扣发 " + text(effect.percent()) + "% 绩效奖金：" + t.reason()));
    }
}
