package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.SchemeVersion;

/** GRADE_FORCE: the grade is the effect's value whatever the score (一票否决). */
final class GradeForceEffect implements EffectPolicy {

    @Override
    public void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t) {
        w.forcedGrade = effect.value();
        w.reasons.add(new Reason(
                "GRADE_FORCE",
                t.ruleId(),
                t.clause(),
                t.factIds(),
                "定为“" + Grader.label(scheme, effect.value()) + "”：" + t.reason()));
    }
}
