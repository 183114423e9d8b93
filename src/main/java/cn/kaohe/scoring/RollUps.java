package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.model.Effect;
import cn.kaohe.scoring.model.RollUpRule;
import cn.kaohe.scoring.model.RollUpSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Roll-ups: effects triggered by grades over several periods (the subject's or its village's prior results, the
 * village's monthly 党建 grades, and — after grading — the current grade).
 */
final class RollUps {

    private final ScoringRun run;
    private final Effects effects;

    RollUps(ScoringRun run, Effects effects) {
        this.run = run;
        this.effects = effects;
    }

    /** The roll-ups that read the current grade ({@code afterGrading}) or only earlier periods. */
    void apply(SubjectWork w, boolean afterGrading) {
        for (RollUpRule r : run.scheme.rollUps()) {
            if (r.includeCurrent() != afterGrading) {
                continue;
            }
            String source = r.source() == RollUpSource.VILLAGE ? w.subject.villageId() : w.id();
            if (source == null) {
                continue;
            }
            List<String> periods = new ArrayList<>();
            if (r.source() == RollUpSource.VILLAGE && run.in.villageGrades() != null) {
                // seed 003 六3: the village's monthly 党建 grades (and places), never a subject's own results
                for (ScoringInput.VillageGrade g : run.villageGrades.getOrDefault(source, List.of())) {
                    if (r.counts(g.grade(), g.rank(), g.rankCount())) {
                        periods.add(g.period());
                    }
                }
            } else {
                for (PriorResult p : run.priorBySubject.getOrDefault(source, List.of())) {
                    if (r.counts(p.grade(), p.rank(), p.rankCount())) {
                        periods.add(p.period());
                    }
                }
            }
            if (r.includeCurrent() && w.grade != null && r.grades().contains(w.grade)) {
                periods.add(Objects.requireNonNullElse(run.in.period(), "本期"));
            }
            if (periods.size() < r.atLeast()) {
                continue;
            }
            String reason = r.name() + "（" + String.join("、", periods) + " 共 " + periods.size() + " 次）";
            for (Effect e : r.effects()) {
                effects.apply(
                        w,
                        e,
                        new EffectPolicy.Trigger(
                                r.id(), r.clause(), periods, e.reason() != null ? e.reason() + "：" + reason : reason));
            }
        }
    }
}
