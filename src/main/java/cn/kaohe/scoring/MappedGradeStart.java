package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.GradeFallback;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * MAPPED_GRADE: a grade given by a rater mapped to points (seed 000 联村: village grade → points). Without a grade: the
 * liaison village's grade for a cadre moved mid-year, else the average of the grades given (GradeFallback
 * AVERAGE_OF_RATED, for cadres not resident in a village), else an input problem.
 */
final class MappedGradeStart implements CategoryStart {

    /** Per MAPPED_GRADE category: the average points of the grades given in this run. */
    static Map<String, BigDecimal> fallbacks(SchemeVersion scheme, List<Rating> ratings) {
        Map<String, BigDecimal> fallbacks = new HashMap<>();
        for (Category c : scheme.categories()) {
            if (c.source() != CategorySource.MAPPED_GRADE) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Rating r : ratings) {
                if (c.id().equals(r.part())
                        && r.grade() != null
                        && c.gradePoints().containsKey(r.grade())) {
                    sum = sum.add(c.gradePoints().get(r.grade()));
                    n++;
                }
            }
            if (n > 0) {
                fallbacks.put(c.id(), div(sum, BigDecimal.valueOf(n)));
            }
        }
        return fallbacks;
    }

    @Override
    public BigDecimal start(ScoringRun run, SubjectWork w, Category c) {
        for (Rating r : run.ratingsOf(w.id())) {
            if (c.id().equals(r.part()) && r.grade() != null) {
                BigDecimal points = c.gradePoints().get(r.grade());
                if (points == null) {
                    run.problems.add(Problem.ofField(
                            "ratings." + w.id() + "." + c.id(),
                            "未知的等次 " + r.grade() + "（可选："
                                    + String.join("/", c.gradePoints().keySet()) + "）"));
                    return BigDecimal.ZERO;
                }
                Explanation.line(
                        w,
                        c,
                        c.id(),
                        c.clause(),
                        List.of(),
                        points,
                        c.name() + "：等次“" + r.grade() + "”计 " + text(points) + " 分");
                return points;
            }
        }
        ScoringInput.LiaisonVillage liaison = w.subject.liaisonVillage();
        // only a category read from the villages' grades (its fallback is the villages' average, seed 000 三(一))
        if (liaison != null && !w.subject.villageResident() && c.fallback() == GradeFallback.AVERAGE_OF_RATED) {
            return liaisonVillageValue(run, w, c, liaison);
        }
        BigDecimal fallback = run.gradeFallbacks.get(c.id());
        // seed 000 三(一): only cadres not resident in a village take the villages' average; a resident needs a grade
        if (c.fallback() == GradeFallback.AVERAGE_OF_RATED && fallback != null && !w.subject.villageResident()) {
            Explanation.line(
                    w, c, c.id(), c.clause(), List.of(), fallback, c.name() + "：未驻村，取各村平均值 " + text(fallback) + " 分");
            return fallback;
        }
        run.problems.add(Problem.ofField("ratings." + w.id() + "." + c.id(), "缺少" + c.name() + "等次"));
        return BigDecimal.ZERO;
    }

    /**
     * Seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值 — the grade of the cadres resident in
     * the office's liaison village (按照各村（社区）目标管理考核等次计分: a resident's grade is his village's).
     */
    private static BigDecimal liaisonVillageValue(
            ScoringRun run, SubjectWork w, Category c, ScoringInput.LiaisonVillage liaison) {
        String village = liaison.villageName() == null ? liaison.villageId() : liaison.villageName();
        Set<String> grades = new TreeSet<>();
        for (SubjectWork o : run.works.values()) {
            if (o.subject.villageResident() && liaison.villageId().equals(o.subject.villageId())) {
                for (Rating r : run.ratingsOf(o.id())) {
                    if (c.id().equals(r.part())
                            && r.grade() != null
                            && c.gradePoints().containsKey(r.grade())) {
                        grades.add(r.grade());
                    }
                }
            }
        }
        String field = "ratings." + w.id() + "." + c.id();
        if (grades.size() != 1) {
            run.problems.add(Problem.ofField(
                    field,
                    grades.isEmpty()
                            ? "缺少" + c.name() + "等次：年中调动，未安排驻村，所在办联系的村（" + village + "）没有驻村干部的等次"
                            : "缺少" + c.name() + "等次：所在办联系的村（" + village + "）驻村干部的等次不一致（" + String.join("、", grades)
                                    + "）"));
            return BigDecimal.ZERO;
        }
        String grade = grades.iterator().next();
        BigDecimal points = c.gradePoints().get(grade);
        Explanation.line(
                w,
                c,
                c.id(),
                c.clause(),
                List.of(),
                points,
                c.name() + "：年中调动，未安排驻村，按所在办联系的村（" + village + "）等次“" + grade + "”计 " + text(points) + " 分");
        return points;
    }
}
