package cn.kaohe.scoring;

import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.ScoringInput.PeriodScore;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import cn.kaohe.scoring.ScoringInput.VillageGrade;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.DerivedScore;
import cn.kaohe.scoring.model.FactRule;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One engine run: the scheme, the input and their indexes, built once; the subjects' working state; the problems
 * found. The order of work lives in {@link #execute()}; each step is a policy of its own (see docs/adr/0022).
 */
final class ScoringRun {

    final SchemeVersion scheme;
    final ScoringInput in;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, SubjectWork> works = new LinkedHashMap<>();
    final Map<String, Category> categories = new LinkedHashMap<>();
    final Map<String, List<FactRule>> rulesByType;
    final Map<String, List<Rating>> ratingsBySubject;
    final Map<String, List<PeriodScore>> periodsBySubject;
    final Map<String, List<TargetResult>> targetsBySubject;
    final Map<String, List<PriorResult>> priorBySubject;
    final Map<String, List<Adjustment>> adjustmentsBySubject;
    final Map<String, List<VillageGrade>> villageGrades;
    /** Per MAPPED_GRADE category: the average of the grades given (seed 000 三(一) 取各村平均值). */
    final Map<String, BigDecimal> gradeFallbacks;

    ScoringRun(SchemeVersion scheme, ScoringInput in) {
        this.scheme = scheme;
        this.in = in;
        scheme.categories().forEach(c -> categories.put(c.id(), c));
        rulesByType = Grouping.by(scheme.factRules(), FactRule::factType);
        Set<String> derivedRoles = new HashSet<>();
        scheme.derivedScores().forEach(d -> derivedRoles.add(d.role()));
        for (Subject s : in.subjects()) {
            works.put(s.id(), new SubjectWork(s, derivedRoles.contains(s.role().name())));
        }
        ratingsBySubject = Grouping.by(in.ratings(), Rating::subjectId);
        periodsBySubject = Grouping.by(in.periodScores(), PeriodScore::subjectId);
        targetsBySubject = Grouping.by(in.targets(), TargetResult::subjectId);
        priorBySubject = Grouping.by(in.priorResults(), PriorResult::subjectId);
        villageGrades = Grouping.by(in.villageGrades(), VillageGrade::villageId);
        adjustmentsBySubject = Grouping.by(in.adjustments(), Adjustment::subjectId);
        gradeFallbacks = MappedGradeStart.fallbacks(scheme, in.ratings());
    }

    ScoringOutcome execute() {
        FactDistribution.distribute(this);
        for (SubjectWork w : works.values()) {
            if (w.excluded()) {
                // seed 004 第二十九条 / seed 000 四4: taken out of the ranking, with the office's reason
                w.reasons.add(
                        new Reason("EXCLUDED", "excluded", null, List.of(), "不参加本期考核排名：" + w.subject.excludedReason()));
            } else if (!w.derived) {
                CategoryStarts.start(this, w);
                finish(w);
            }
        }
        for (DerivedScore d : scheme.derivedScores()) {
            for (SubjectWork w : works.values()) {
                if (w.derived && !w.excluded() && w.subject.role().name().equals(d.role())) {
                    DerivedStart.start(this, w, d);
                    finish(w);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    ScoringError.INPUT_INVALID, problems, problems.size(), SchemeValidator.summary(problems));
        }
        Effects effects = new Effects(scheme);
        RollUps rollUps = new RollUps(this, effects);
        Map<String, List<SubjectWork>> groups = new LinkedHashMap<>();
        for (SubjectWork w : works.values()) {
            if (w.excluded()) {
                continue;
            }
            effects.applyFactEffects(w);
            rollUps.apply(w, false);
            ExcellenceMinimum.check(scheme, w);
            Grouping.add(groups, w.subject.group(), w);
        }
        List<GroupResult> groupResults = new ArrayList<>();
        BigDecimal poolLeft = in.payPool() != null ? in.payPool() : scheme.pay().pool();
        for (Map.Entry<String, List<SubjectWork>> g : groups.entrySet()) {
            Grader.Graded graded = new Grader(scheme, priorBySubject, in.period()).grade(g.getKey(), g.getValue());
            var consequences = UnitOutcomes.apply(scheme, graded.ordered());
            for (SubjectWork w : g.getValue()) {
                rollUps.apply(w, true);
            }
            var pay = new PayCalculator(scheme, priorBySubject, in.period(), in.payout())
                    .pay(graded.ordered(), groups.size() == 1 ? poolLeft : null);
            groupResults.add(new GroupResult(g.getKey(), graded.ranking(), graded.quotaCheck(), pay, consequences));
        }
        List<SubjectResult> results = new ArrayList<>(works.size());
        for (SubjectWork w : works.values()) {
            results.add(toResult(w));
        }
        return new ScoringOutcome(scheme.code(), scheme.version(), in.period(), results, groupResults);
    }

    /** Facts, category bounds, adjustments and the total of one started subject. */
    private void finish(SubjectWork w) {
        FactApplication.apply(this, w);
        SubjectTotal.finish(this, w);
    }

    /** The subject's ratings, empty if none. */
    List<Rating> ratingsOf(String subjectId) {
        return ratingsBySubject.getOrDefault(subjectId, List.of());
    }

    private static SubjectResult toResult(SubjectWork w) {
        Map<String, BigDecimal> cats = new LinkedHashMap<>();
        w.categories.forEach((k, v) -> cats.put(k, Decimals.display(v)));
        return new SubjectResult(
                w.id(),
                w.subject.name(),
                w.subject.group(),
                cats,
                w.excluded() ? null : w.displayTotal,
                w.grade,
                w.gradeLabel,
                w.excluded() ? null : w.rank,
                w.derived,
                !w.excellenceLost,
                List.copyOf(w.reasons),
                w.pay,
                List.copyOf(w.lines),
                List.copyOf(w.consequences));
    }
}
