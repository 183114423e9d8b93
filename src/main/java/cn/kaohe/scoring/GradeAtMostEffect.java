package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.SchemeVersion;

/** GRADE_AT_MOST: the grade is no better than the effect's value (seed 003 C/D triggers, seed 004 第二十七条). */
final class GradeAtMostEffect implements EffectPolicy {

    @Override
    public void apply(SchemeVersion scheme, SubjectWork w, Effect effect, Trigger t) {
        int index = Grader.indexOf(scheme, effect.value());
        w.gradeCapIndex = Math.max(w.gradeCapIndex, index);
        w.reasons.add(new Reason(
                "GRADE_AT_MOST",
                t.ruleId(),
                t.clause(),
                t.factIds(),
                "等次不高于“" + Grader.label(scheme, effect.value()) + "”：" + t.reason()));
    }
}
