package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.SubjectWork.Hit;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.Target;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a fact hits: each rule reading the fact's type names its targets (the fact's subjects, the unit's staff, the
 * unit's head, the supervising leaders); a reversed fact and its reversal hit nobody; a fact already counted in
 * another period is only noted.
 */
final class FactDistribution {

    private final Map<String, SubjectWork> works;
    private final Map<String, List<SubjectWork>> staffByUnit = new HashMap<>();
    private final Map<String, List<SubjectWork>> headsByUnit = new HashMap<>();
    private final Map<String, List<SubjectWork>> leadersByUnit = new HashMap<>();

    private FactDistribution(Map<String, SubjectWork> works) {
        this.works = works;
        for (SubjectWork w : works.values()) {
            Subject s = w.subject;
            if (s.unitId() != null && (s.role() == Role.STAFF || s.role() == Role.UNIT_HEAD)) {
                Grouping.add(staffByUnit, s.unitId(), w);
            }
            if (s.unitId() != null && s.role() == Role.UNIT_HEAD) {
                Grouping.add(headsByUnit, s.unitId(), w);
            }
            for (String u : s.supervisedUnitIds()) {
                Grouping.add(leadersByUnit, u, w);
            }
        }
    }

    /** Adds a {@link Hit} to every subject each fact hits under each rule of its type. */
    static void distribute(ScoringRun run) {
        Set<String> reversed = new HashSet<>();
        for (LedgerFact f : run.in.facts()) {
            if (f.reverses() != null) {
                reversed.add(f.reverses());
                reversed.add(f.id());
            }
        }
        FactDistribution targets = new FactDistribution(run.works);
        for (LedgerFact f : run.in.facts()) {
            if (reversed.contains(f.id())) {
                continue;
            }
            for (FactRule rule : run.rulesByType.get(f.type())) {
                for (SubjectWork w : targets.hit(rule, f)) {
                    if (w == null) {
                        continue;
                    }
                    if (f.countedIn() != null) {
                        // seed 002 四(二)3: a fact counts once a year, in the period that first counted it
                        w.reasons.add(new Reason(
                                "COUNTED_IN_PERIOD",
                                rule.id(),
                                rule.clause(),
                                List.of(f.id()),
                                rule.name() + "已计入" + f.countedIn() + "的考核结果，本期不再重复计分"));
                        continue;
                    }
                    w.hits.add(new Hit(rule, f));
                }
            }
        }
    }

    private Set<SubjectWork> hit(FactRule rule, LedgerFact f) {
        Set<SubjectWork> hit = new LinkedHashSet<>();
        for (Target t : rule.targets()) {
            switch (t) {
                case FACT_SUBJECTS -> f.subjectIds().forEach(id -> hit.add(works.get(id)));
                case UNIT_STAFF -> hit.addAll(staffByUnit.getOrDefault(f.unitId(), List.of()));
                case UNIT_HEAD -> hit.addAll(headsByUnit.getOrDefault(f.unitId(), List.of()));
                case SUPERVISING_LEADER -> hit.addAll(leadersByUnit.getOrDefault(f.unitId(), List.of()));
            }
        }
        return hit;
    }
}
