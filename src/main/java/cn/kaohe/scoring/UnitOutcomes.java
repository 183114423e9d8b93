package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.Member;
import cn.kaohe.scoring.ScoringOutcome.PersonConsequence;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.UnitOutcomeRule;
import java.util.ArrayList;
import java.util.List;

/** Seed 002 三(三): a unit's place in the ranking flows to the people of the unit. */
final class UnitOutcomes {

    private UnitOutcomes() {}

    static List<PersonConsequence> apply(SchemeVersion scheme, List<SubjectWork> ordered) {
        List<PersonConsequence> out = new ArrayList<>();
        int n = ordered.size();
        for (UnitOutcomeRule rule : scheme.unitOutcomes()) {
            for (SubjectWork w : ordered) {
                boolean applies = rule.fromTop() != null ? w.rank <= rule.fromTop() : w.rank > n - rule.fromBottom();
                if (!applies) {
                    continue;
                }
                w.consequences.add(rule.label());
                for (Member m : w.subject.members()) {
                    if (rule.memberRoles().isEmpty()
                            || rule.memberRoles().contains(m.role().name())) {
                        out.add(new PersonConsequence(
                                m.id(),
                                m.name(),
                                w.id(),
                                rule.consequence(),
                                rule.label(),
                                rule.noExcellence(),
                                rule.clause()));
                    }
                }
            }
        }
        return out;
    }
}
