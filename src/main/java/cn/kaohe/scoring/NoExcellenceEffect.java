package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.SchemeVersion;

/** NO_EXCELLENCE: the subject loses 评先评优资格. */
final class NoExcellenceEffect implements EffectPolicy {

    @Override
    public void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t) {
        w.loseExcellence(new Reason("NO_EXCELLENCE", t.ruleId(), t.clause(), t.factIds(), "取消评先评优资格：" + t.reason()));
    }
}
