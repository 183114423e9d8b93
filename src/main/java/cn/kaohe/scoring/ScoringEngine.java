package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;
import static cn.kaohe.scoring.Decimals.internal;
import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.ScoringInput.LedgerFact;
import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.Reason;
import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.SubjectWork.Hit;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SchemeVersion.Category;
import cn.kaohe.scoring.model.SchemeVersion.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion.DerivedScore;
import cn.kaohe.scoring.model.SchemeVersion.Direction;
import cn.kaohe.scoring.model.SchemeVersion.Effect;
import cn.kaohe.scoring.model.SchemeVersion.FactRule;
import cn.kaohe.scoring.model.SchemeVersion.RatingComponent;
import cn.kaohe.scoring.model.SchemeVersion.RatingSet;
import cn.kaohe.scoring.model.SchemeVersion.RepeatMode;
import cn.kaohe.scoring.model.SchemeVersion.RollUpRule;
import cn.kaohe.scoring.model.SchemeVersion.RollUpSource;
import cn.kaohe.scoring.model.SchemeVersion.Target;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scoring engine: interprets a {@link SchemeVersion} over a {@link ScoringInput}. Pure, side
 * effect free and thread-safe (all state lives in one call). Order of work, per subject:
 *
 * <ol>
 *   <li>category start values (base points, ratings, mapped grades, period terms, targets);
 *   <li>ledger facts: points × quantity, repeat doubling, factors, highest-per-work-item, sub-caps;
 *   <li>category caps and floors, then committee adjustments of categories;
 *   <li>total = Σ weight × category; committee adjustments of the total; total cap and floor;
 *   <li>derived subjects (leaders, secretary, mayor) from the others' totals plus their own facts;
 *   <li>effects and roll-ups (eligibility, grade caps, pay withholding); grading per group; pay.
 * </ol>
 *
 * Rounding: see {@link Decimals}.
 */
public final class ScoringEngine {

    public static final String TOTAL = "total";

    /** Scores a group of subjects. Throws {@link cn.kaohe.shared.KaoheException} on bad input. */
    public ScoringOutcome score(SchemeVersion scheme, ScoringInput input) {
        SchemeValidator.check(scheme);
        InputValidator.check(scheme, input);
        return new Run(scheme, input).execute();
    }

    /** One engine run: indexes built once, then one pass per subject. */
    private static final class Run {
        final SchemeVersion scheme;
        final ScoringInput in;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, SubjectWork> works = new LinkedHashMap<>();
        final Map<String, List<FactRule>> rulesByType = new HashMap<>();
        final Map<String, Category> categories = new LinkedHashMap<>();
        final Map<String, List<Rating>> ratingsBySubject = new HashMap<>();
        final Map<String, List<ScoringInput.PeriodScore>> periodsBySubject = new HashMap<>();
        final Map<String, List<TargetResult>> targetsBySubject = new HashMap<>();
        final Map<String, List<PriorResult>> priorBySubject = new HashMap<>();
        final Map<String, List<Adjustment>> adjustmentsBySubject = new HashMap<>();
        final Map<String, List<ScoringInput.VillageGrade>> villageGrades = new HashMap<>();
        final Map<String, BigDecimal> gradeFallbacks = new HashMap<>();

        Run(SchemeVersion scheme, ScoringInput in) {
            this.scheme = scheme;
            this.in = in;
            scheme.categories().forEach(c -> categories.put(c.id(), c));
            scheme.factRules().forEach(r -> rulesByType
                    .computeIfAbsent(r.factType(), k -> new ArrayList<>())
                    .add(r));
            Set<String> derivedRoles = new HashSet<>();
            scheme.derivedScores().forEach(d -> derivedRoles.add(d.role()));
            for (Subject s : in.subjects()) {
                works.put(
                        s.id(),
                        new SubjectWork(s, derivedRoles.contains(s.role().name())));
            }
            in.ratings().forEach(r -> ratingsBySubject
                    .computeIfAbsent(r.subjectId(), k -> new ArrayList<>())
                    .add(r));
            in.periodScores().forEach(p -> periodsBySubject
                    .computeIfAbsent(p.subjectId(), k -> new ArrayList<>())
                    .add(p));
            in.targets().forEach(t -> targetsBySubject
                    .computeIfAbsent(t.subjectId(), k -> new ArrayList<>())
                    .add(t));
            in.priorResults().forEach(p -> priorBySubject
                    .computeIfAbsent(p.subjectId(), k -> new ArrayList<>())
                    .add(p));
            Objects.requireNonNullElse(in.villageGrades(), List.<ScoringInput.VillageGrade>of())
                    .forEach(g -> villageGrades
                            .computeIfAbsent(g.villageId(), k -> new ArrayList<>())
                            .add(g));
            in.adjustments().forEach(a -> adjustmentsBySubject
                    .computeIfAbsent(a.subjectId(), k -> new ArrayList<>())
                    .add(a));
        }

        ScoringOutcome execute() {
            distributeFacts();
            computeGradeFallbacks();
            for (SubjectWork w : works.values()) {
                if (w.excluded()) {
                    // seed 004 第二十九条 / seed 000 四4: taken out of the ranking, with the office's reason
                    w.reasons.add(new Reason(
                            "EXCLUDED", "excluded", null, List.of(), "不参加本期考核排名：" + w.subject.excludedReason()));
                } else if (!w.derived) {
                    startCategories(w);
                    finishSubject(w);
                }
            }
            for (DerivedScore d : scheme.derivedScores()) {
                for (SubjectWork w : works.values()) {
                    if (w.derived && !w.excluded() && w.subject.role().name().equals(d.role())) {
                        startDerived(w, d);
                        finishSubject(w);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new KaoheException(
                        ScoringError.INPUT_INVALID, problems, problems.size(), SchemeValidator.summary(problems));
            }
            Map<String, List<SubjectWork>> groups = new LinkedHashMap<>();
            for (SubjectWork w : works.values()) {
                if (w.excluded()) {
                    continue;
                }
                applyEffects(w);
                applyRollUps(w, false);
                checkExcellenceMinimum(w);
                groups.computeIfAbsent(w.subject.group(), k -> new ArrayList<>())
                        .add(w);
            }
            List<GroupResult> groupResults = new ArrayList<>();
            BigDecimal poolLeft =
                    in.payPool() != null ? in.payPool() : scheme.pay().pool();
            for (Map.Entry<String, List<SubjectWork>> g : groups.entrySet()) {
                Grader.Graded graded = new Grader(scheme, priorBySubject, in.period()).grade(g.getKey(), g.getValue());
                var consequences = UnitOutcomes.apply(scheme, graded.ordered());
                for (SubjectWork w : g.getValue()) {
                    applyRollUps(w, true);
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

        // ---- facts → hits -------------------------------------------------------------------

        void distributeFacts() {
            Set<String> reversed = new HashSet<>();
            for (LedgerFact f : in.facts()) {
                if (f.reverses() != null) {
                    reversed.add(f.reverses());
                    reversed.add(f.id());
                }
            }
            Map<String, List<SubjectWork>> staffByUnit = new HashMap<>();
            Map<String, List<SubjectWork>> headsByUnit = new HashMap<>();
            Map<String, List<SubjectWork>> leadersByUnit = new HashMap<>();
            for (SubjectWork w : works.values()) {
                Subject s = w.subject;
                if (s.unitId() != null && (s.role() == Role.STAFF || s.role() == Role.UNIT_HEAD)) {
                    staffByUnit
                            .computeIfAbsent(s.unitId(), k -> new ArrayList<>())
                            .add(w);
                }
                if (s.unitId() != null && s.role() == Role.UNIT_HEAD) {
                    headsByUnit
                            .computeIfAbsent(s.unitId(), k -> new ArrayList<>())
                            .add(w);
                }
                for (String u : s.supervisedUnitIds()) {
                    leadersByUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(w);
                }
            }
            for (LedgerFact f : in.facts()) {
                if (reversed.contains(f.id())) {
                    continue;
                }
                for (FactRule rule : rulesByType.get(f.type())) {
                    Set<SubjectWork> hit = new LinkedHashSet<>();
                    for (Target t : rule.targets()) {
                        switch (t) {
                            case FACT_SUBJECTS -> f.subjectIds().forEach(id -> hit.add(works.get(id)));
                            case UNIT_STAFF -> hit.addAll(staffByUnit.getOrDefault(f.unitId(), List.of()));
                            case UNIT_HEAD -> hit.addAll(headsByUnit.getOrDefault(f.unitId(), List.of()));
                            case SUPERVISING_LEADER -> hit.addAll(leadersByUnit.getOrDefault(f.unitId(), List.of()));
                        }
                    }
                    for (SubjectWork w : hit) {
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

        // ---- category start values ------------------------------------------------------------

        void computeGradeFallbacks() {
            for (Category c : scheme.categories()) {
                if (c.source() != CategorySource.MAPPED_GRADE) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                int n = 0;
                for (Rating r : in.ratings()) {
                    if (c.id().equals(r.part())
                            && r.grade() != null
                            && c.gradePoints().containsKey(r.grade())) {
                        sum = sum.add(c.gradePoints().get(r.grade()));
                        n++;
                    }
                }
                if (n > 0) {
                    gradeFallbacks.put(c.id(), div(sum, BigDecimal.valueOf(n)));
                }
            }
        }

        void startCategories(SubjectWork w) {
            for (Category c : scheme.categories()) {
                BigDecimal value =
                        switch (c.source()) {
                            case BASE -> {
                                line(
                                        w,
                                        c,
                                        c.id(),
                                        c.clause(),
                                        List.of(),
                                        c.points(),
                                        c.name() + "基础分 " + text(c.points()) + " 分");
                                yield c.points();
                            }
                            case ZERO -> BigDecimal.ZERO;
                            case RATING -> ratingValue(w, c);
                            case MAPPED_GRADE -> mappedValue(w, c);
                            case PERIODS -> periodValue(w, c);
                            case COMPLETION -> completionValue(w, c);
                        };
                w.categories.put(c.id(), value);
            }
        }

        BigDecimal ratingValue(SubjectWork w, Category c) {
            RatingSet set = null;
            for (RatingSet rs : c.ratingSets()) {
                if (rs.tag() != null && w.subject.hasTag(rs.tag())) {
                    set = rs;
                    break;
                }
            }
            if (set == null) {
                set = c.ratingSets().stream()
                        .filter(rs -> rs.tag() == null)
                        .findFirst()
                        .orElse(null);
            }
            if (set == null) {
                problems.add(Problem.ofField("subjects." + w.id(), c.name() + "：没有适用于该对象的评分权重组"));
                return BigDecimal.ZERO;
            }
            List<Rating> mine = ratingsBySubject.getOrDefault(w.id(), List.of());
            BigDecimal scale = div(c.points(), c.ratingScale());
            Map<RatingComponent, BigDecimal> averages = new LinkedHashMap<>();
            BigDecimal presentWeight = BigDecimal.ZERO;
            for (RatingComponent comp : set.components()) {
                String part = comp.part() == null ? c.id() : comp.part();
                BigDecimal sum = BigDecimal.ZERO;
                int n = 0;
                for (Rating r : mine) {
                    if (r.score() != null
                            && part.equals(r.part())
                            && (comp.raterGroup() == null || comp.raterGroup().equals(r.raterGroup()))) {
                        if (r.score().compareTo(c.ratingScale()) > 0) {
                            problems.add(Problem.ofField(
                                    "ratings." + w.id() + "." + part,
                                    "评分 " + text(r.score()) + " 超出满分 " + text(c.ratingScale())));
                        }
                        sum = sum.add(r.score());
                        n++;
                    }
                }
                if (n == 0) {
                    if (c.missingRating() == SchemeVersion.MissingRating.ERROR) {
                        problems.add(Problem.ofField(
                                "ratings." + w.id() + "." + part,
                                "缺少" + label(comp) + "对 " + w.id() + " 的评分（" + c.name() + "）"));
                    }
                    continue;
                }
                averages.put(comp, div(sum, BigDecimal.valueOf(n)));
                presentWeight = presentWeight.add(comp.weight());
            }
            BigDecimal value = BigDecimal.ZERO;
            for (Map.Entry<RatingComponent, BigDecimal> e : averages.entrySet()) {
                RatingComponent comp = e.getKey();
                BigDecimal weight = presentWeight.compareTo(BigDecimal.ONE) == 0
                        ? comp.weight()
                        : div(comp.weight(), presentWeight);
                BigDecimal contribution = mul(mul(e.getValue(), weight), scale);
                value = value.add(contribution);
                line(
                        w,
                        c,
                        c.id(),
                        c.clause(),
                        List.of(),
                        contribution,
                        c.name() + "：" + label(comp) + "平均 " + text(e.getValue()) + " × "
                                + SchemeValidator.percent(weight)
                                + (scale.compareTo(BigDecimal.ONE) == 0 ? "" : " × 折算系数 " + text(scale)));
            }
            return value;
        }

        static String label(RatingComponent comp) {
            if (comp.name() != null) {
                return comp.name();
            }
            return comp.raterGroup() != null ? comp.raterGroup() : String.valueOf(comp.part());
        }

        BigDecimal mappedValue(SubjectWork w, Category c) {
            for (Rating r : ratingsBySubject.getOrDefault(w.id(), List.of())) {
                if (c.id().equals(r.part()) && r.grade() != null) {
                    BigDecimal points = c.gradePoints().get(r.grade());
                    if (points == null) {
                        problems.add(Problem.ofField(
                                "ratings." + w.id() + "." + c.id(),
                                "未知的等次 " + r.grade() + "（可选："
                                        + String.join("/", c.gradePoints().keySet()) + "）"));
                        return BigDecimal.ZERO;
                    }
                    line(
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
            if (liaison != null
                    && !w.subject.villageResident()
                    && c.fallback() == SchemeVersion.GradeFallback.AVERAGE_OF_RATED) {
                return liaisonVillageValue(w, c, liaison);
            }
            BigDecimal fallback = gradeFallbacks.get(c.id());
            // seed 000 三(一): only cadres not resident in a village take the villages' average; a resident needs a grade
            if (c.fallback() == SchemeVersion.GradeFallback.AVERAGE_OF_RATED
                    && fallback != null
                    && !w.subject.villageResident()) {
                line(w, c, c.id(), c.clause(), List.of(), fallback, c.name() + "：未驻村，取各村平均值 " + text(fallback) + " 分");
                return fallback;
            }
            problems.add(Problem.ofField("ratings." + w.id() + "." + c.id(), "缺少" + c.name() + "等次"));
            return BigDecimal.ZERO;
        }

        /**
         * Seed 000 三(一): 中途涉及到的人员异动，如未安排驻村，则按照所在办联系的村确定分值 — the grade of the cadres resident
         * in the office's liaison village (按照各村（社区）目标管理考核等次计分: a resident's grade is his village's).
         */
        BigDecimal liaisonVillageValue(SubjectWork w, Category c, ScoringInput.LiaisonVillage liaison) {
            String village = liaison.villageName() == null ? liaison.villageId() : liaison.villageName();
            Set<String> grades = new java.util.TreeSet<>();
            for (SubjectWork o : works.values()) {
                if (o.subject.villageResident() && liaison.villageId().equals(o.subject.villageId())) {
                    for (Rating r : ratingsBySubject.getOrDefault(o.id(), List.of())) {
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
                problems.add(Problem.ofField(
                        field,
                        grades.isEmpty()
                                ? "缺少" + c.name() + "等次：年中调动，未安排驻村，所在办联系的村（" + village + "）没有驻村干部的等次"
                                : "缺少" + c.name() + "等次：所在办联系的村（" + village + "）驻村干部的等次不一致（" + String.join("、", grades)
                                        + "）"));
                return BigDecimal.ZERO;
            }
            String grade = grades.iterator().next();
            BigDecimal points = c.gradePoints().get(grade);
            line(
                    w,
                    c,
                    c.id(),
                    c.clause(),
                    List.of(),
                    points,
                    c.name() + "：年中调动，未安排驻村，按所在办联系的村（" + village + "）等次“" + grade + "”计 " + text(points) + " 分");
            return points;
        }

        BigDecimal periodValue(SubjectWork w, Category c) {
            Map<String, BigDecimal> scores = new HashMap<>();
            for (var p : periodsBySubject.getOrDefault(w.id(), List.of())) {
                if (c.id().equals(p.category())) {
                    scores.put(p.period(), p.score());
                }
            }
            BigDecimal value = BigDecimal.ZERO;
            for (var term : c.periodTerms()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String period : term.periods()) {
                    BigDecimal s = scores.get(period);
                    if (s == null) {
                        problems.add(Problem.ofField("periodScores." + w.id() + "." + c.id(), "缺少 " + period + " 的分数"));
                        s = BigDecimal.ZERO;
                    }
                    sum = sum.add(s);
                }
                BigDecimal avg = div(sum, BigDecimal.valueOf(term.periods().size()));
                BigDecimal contribution = mul(avg, term.weight());
                value = value.add(contribution);
                line(
                        w,
                        c,
                        c.id(),
                        c.clause(),
                        List.of(),
                        contribution,
                        c.name() + "：" + (term.name() == null ? String.join("、", term.periods()) : term.name())
                                + (term.periods().size() > 1 ? "平均 " : " ") + text(avg) + " × "
                                + SchemeValidator.percent(term.weight()));
            }
            return value;
        }

        BigDecimal completionValue(SubjectWork w, Category c) {
            var rule = c.completion();
            BigDecimal raw = BigDecimal.ZERO;
            BigDecimal applicable = BigDecimal.ZERO;
            boolean anyMissing = false;
            for (TargetResult t : targetsBySubject.getOrDefault(w.id(), List.of())) {
                if (!c.id().equals(t.category())) {
                    continue;
                }
                String name = t.name() == null ? t.itemId() : t.name();
                List<String> ids = List.of(t.itemId());
                if (t.missing()) {
                    anyMissing = true;
                    line(
                            w,
                            c,
                            c.id(),
                            c.clause(),
                            ids,
                            BigDecimal.ZERO,
                            "目标“" + name + "”缺项，不计分（标准分 " + text(t.standardPoints()) + "）");
                    continue;
                }
                applicable = applicable.add(t.standardPoints());
                BigDecimal item;
                String how;
                if (t.falsified()) {
                    item = Decimals.percentOf(t.standardPoints(), rule.falsifiedPenaltyPercent())
                            .negate();
                    how = "虚报瞒报、弄虚作假，倒扣该项分值的 " + text(rule.falsifiedPenaltyPercent()) + "%";
                } else if (t.forceMajeure()) {
                    item = t.standardPoints();
                    how = "工作全面开展但受政策或不可抗拒因素影响未完成，计标准分的100%";
                } else if (t.planned() != null) {
                    BigDecimal ratio = div(t.actual(), t.planned()).min(BigDecimal.ONE);
                    item = mul(t.standardPoints(), ratio);
                    how = "完成 " + text(t.actual()) + "/" + text(t.planned())
                            + (ratio.compareTo(BigDecimal.ONE) == 0 ? "，完成任务计100%" : "，按未完成比例扣分");
                } else {
                    BigDecimal pct = rule.qualityPercents().get(t.outcome().name());
                    if (pct == null) {
                        problems.add(Problem.ofField(
                                "targets." + t.itemId() + ".outcome", "方案未规定完成情况 " + t.outcome() + " 的计分比例"));
                        pct = BigDecimal.ZERO;
                    }
                    item = Decimals.percentOf(t.standardPoints(), pct);
                    how = "完成情况 " + outcomeLabel(t.outcome()) + "，计标准分的 " + text(pct) + "%";
                }
                raw = raw.add(item);
                line(
                        w,
                        c,
                        c.id(),
                        c.clause(),
                        ids,
                        item,
                        "目标“" + name + "”（标准分 " + text(t.standardPoints()) + "）：" + how);
            }
            BigDecimal value = raw;
            if (anyMissing && rule.rescaleMissing() && applicable.signum() > 0) {
                value = mul(raw, div(c.points(), applicable));
                line(
                        w,
                        c,
                        c.id(),
                        c.clause(),
                        List.of(),
                        value.subtract(raw),
                        "缺项不计分，总分按比例折算：" + text(raw) + " × " + text(c.points()) + "/" + text(applicable));
            }
            return value;
        }

        static String outcomeLabel(ScoringInput.TargetOutcome o) {
            return switch (o) {
                case GOOD -> "完成任务且效果好";
                case FAIR -> "完成任务但效果一般";
                case POOR -> "完成任务但效果差";
                case NOT_DONE -> "未完成任务";
            };
        }

        void startDerived(SubjectWork w, DerivedScore d) {
            List<SubjectWork> sources = new ArrayList<>();
            for (SubjectWork o : works.values()) {
                if (o.derived || o.excluded()) {
                    continue;
                }
                boolean take =
                        switch (d.method()) {
                            case AVERAGE_OF_ALL -> true;
                            case AVERAGE_OF_SUPERVISED_UNIT_STAFF ->
                                o.subject.unitId() != null
                                        && w.subject.supervisedUnitIds().contains(o.subject.unitId());
                        };
                if (take) {
                    sources.add(o);
                }
            }
            String basis = d.description();
            if (sources.isEmpty() && d.method() == SchemeVersion.DerivedMethod.AVERAGE_OF_SUPERVISED_UNIT_STAFF) {
                // A leader who supervises only villages (e.g. 人大主席 with 联村 only) has no office staff: take the
                // cadres resident in those villages; failing that, all cadres (as for 书记、镇长). Interpretation of
                // seed 000 一, documented in docs/schemes.md.
                for (SubjectWork o : works.values()) {
                    if (!o.derived
                            && !o.excluded()
                            && o.subject.villageId() != null
                            && w.subject.supervisedUnitIds().contains(o.subject.villageId())) {
                        sources.add(o);
                    }
                }
                basis = "所分管单位无机关人员，取所联系村驻村干部平均分";
                if (sources.isEmpty()) {
                    works.values().stream()
                            .filter(o -> !o.derived && !o.excluded())
                            .forEach(sources::add);
                    basis = "所分管单位无考核人员，取全体机关干部平均分";
                }
            }
            if (sources.isEmpty()) {
                problems.add(Problem.ofField("subjects." + w.id(), "无法计算派生分：没有可取平均的人员（" + d.description() + "）"));
                scheme.categories().forEach(c -> w.categories.put(c.id(), BigDecimal.ZERO));
                return;
            }
            BigDecimal n = BigDecimal.valueOf(sources.size());
            for (Category c : scheme.categories()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (SubjectWork o : sources) {
                    sum = sum.add(o.categories.get(c.id()));
                }
                BigDecimal avg = div(sum, n);
                w.categories.put(c.id(), avg);
                line(
                        w,
                        c,
                        "derived:" + d.role(),
                        d.clause(),
                        List.of(),
                        avg,
                        c.name() + "：" + basis + "（" + sources.size() + " 人平均）");
            }
            // Sources' total adjustments and bounds are not averaged: the leader's own facts and
            // adjustments apply on top (seed 000 三(三)1: 对应分值加倍扣减至分管领导) — unless the scheme's 参数
            // ownFacts says a fact the average already contains counts only through it.
            if (d.ownFacts() == SchemeVersion.OwnFacts.IN_AVERAGE_ONLY) {
                Set<String> averaged = new HashSet<>();
                sources.forEach(o -> o.hits.forEach(h -> averaged.add(h.fact.id())));
                w.hits.forEach(h -> h.inAverage = averaged.contains(h.fact.id()));
            }
        }

        // ---- facts, caps, total ---------------------------------------------------------------

        void finishSubject(SubjectWork w) {
            applyHits(w);
            for (Category c : scheme.categories()) {
                BigDecimal cap = c.cap() != null ? c.cap() : (c.source() == CategorySource.ZERO ? null : c.points());
                BigDecimal value = w.categories.get(c.id());
                if (cap != null && value.compareTo(cap) > 0) {
                    line(
                            w,
                            c,
                            "cap:" + c.id(),
                            c.clause(),
                            List.of(),
                            cap.subtract(value),
                            c.name() + "不超过上限 " + text(cap) + " 分");
                    value = cap;
                }
                if (c.floor() != null && value.compareTo(c.floor()) < 0) {
                    line(
                            w,
                            c,
                            "floor:" + c.id(),
                            c.clause(),
                            List.of(),
                            c.floor().subtract(value),
                            c.name() + "不低于下限 " + text(c.floor()) + " 分");
                    value = c.floor();
                }
                w.categories.put(c.id(), value);
            }
            List<Adjustment> adjustments = adjustmentsBySubject.getOrDefault(w.id(), List.of());
            for (Adjustment a : adjustments) {
                if (!TOTAL.equals(a.target())) {
                    Category c = categories.get(a.target());
                    BigDecimal old = w.categories.get(c.id());
                    BigDecimal now = a.newValue() != null ? a.newValue() : old.add(a.delta());
                    w.categories.put(c.id(), now);
                    line(
                            w,
                            c,
                            "adjustment",
                            null,
                            List.of(a.id() == null ? "" : a.id()),
                            now.subtract(old),
                            "考核领导小组调整" + c.name() + "：" + text(old) + " → " + text(now) + "，理由：" + a.reason());
                }
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Category c : scheme.categories()) {
                total = total.add(mul(w.categories.get(c.id()), c.weight()));
            }
            for (Adjustment a : adjustments) {
                if (TOTAL.equals(a.target())) {
                    BigDecimal now = a.newValue() != null ? a.newValue() : total.add(a.delta());
                    totalLine(
                            w,
                            "adjustment",
                            null,
                            List.of(a.id() == null ? "" : a.id()),
                            now.subtract(total),
                            "考核领导小组调整总分：" + text(total) + " → " + text(now) + "，理由：" + a.reason());
                    total = now;
                }
            }
            var bounds = scheme.totalBounds();
            if (bounds != null && bounds.cap() != null && total.compareTo(bounds.cap()) > 0) {
                totalLine(
                        w,
                        "totalCap",
                        bounds.clause(),
                        List.of(),
                        bounds.cap().subtract(total),
                        "总分最高不超过 " + text(bounds.cap()) + " 分");
                total = bounds.cap();
            }
            if (bounds != null && bounds.floor() != null && total.compareTo(bounds.floor()) < 0) {
                totalLine(
                        w,
                        "totalFloor",
                        bounds.clause(),
                        List.of(),
                        bounds.floor().subtract(total),
                        "总分最低不低于 " + text(bounds.floor()) + " 分");
                total = bounds.floor();
            }
            w.total = internal(total);
            w.displayTotal = Decimals.display(w.total);
        }

        void applyHits(SubjectWork w) {
            if (w.hits.isEmpty()) {
                return;
            }
            // 1. base magnitude × quantity, factors
            for (Hit h : w.hits) {
                FactRule r = h.rule;
                LedgerFact f = h.fact;
                BigDecimal unit;
                String how;
                switch (r.valuation()) {
                    case PER_OCCURRENCE -> {
                        unit = r.points();
                        how = text(f.quantity()) + " × " + text(unit) + " 分";
                    }
                    case PER_LEVEL -> {
                        unit = r.levelPoints().get(f.level());
                        how = Vocabulary.level(f.level()) + " " + text(f.quantity()) + " × " + text(unit) + " 分";
                    }
                    case COMMITTEE -> {
                        unit = f.points();
                        how = "领导小组审定 " + text(unit) + " 分（" + f.reason() + "）";
                    }
                    default -> {
                        unit = BigDecimal.ZERO;
                        how = "";
                    }
                }
                BigDecimal m = r.valuation() == SchemeVersion.Valuation.COMMITTEE ? unit : mul(unit, f.quantity());
                if (r.factor().compareTo(BigDecimal.ONE) != 0) {
                    m = mul(m, r.factor());
                    how += "，加倍系数 × " + text(r.factor());
                }
                if (w.subject.leaderRole() && r.leaderFactor().compareTo(BigDecimal.ONE) != 0) {
                    m = mul(m, r.leaderFactor());
                    how += "，领导加倍 × " + text(r.leaderFactor());
                }
                if (r.repeat() != null && r.repeat().mode() == RepeatMode.FLAGGED_CONSECUTIVE && f.consecutive()) {
                    m = mul(m, r.repeat().factor());
                    how += "，连续通报加倍 × " + text(r.repeat().factor());
                }
                h.magnitude = h.inAverage ? BigDecimal.ZERO : m;
                h.note = h.inAverage ? "已计入所分管人员的平均分，不再另行计分" : how;
                if (r.moneyPerUnit() != null || (r.moneyPerAmount() != null && f.amount() != null)) {
                    BigDecimal money = BigDecimal.ZERO;
                    if (r.moneyPerUnit() != null) {
                        money = money.add(r.moneyPerUnit().multiply(f.quantity()));
                    }
                    if (r.moneyPerAmount() != null && f.amount() != null) {
                        money = money.add(r.moneyPerAmount().multiply(f.amount()));
                    }
                    w.money.add(new SubjectWork.MoneyLine(
                            r.id(),
                            f.id(),
                            Decimals.money(money, scheme.pay().moneyUnit()),
                            (r.moneyLabel() == null ? r.name() : r.moneyLabel()) + " "
                                    + text(Decimals.money(money, scheme.pay().moneyUnit()))
                                    + " 元"));
                }
            }
            // 2. repeated work item (2nd and later occurrences multiplied)
            Map<String, List<Hit>> repeats = new HashMap<>();
            for (Hit h : w.hits) {
                if (h.rule.repeat() != null
                        && h.rule.repeat().mode() == RepeatMode.SAME_WORK_ITEM
                        && h.fact.workItem() != null) {
                    repeats.computeIfAbsent(h.rule.id() + "|" + h.fact.workItem(), k -> new ArrayList<>())
                            .add(h);
                }
            }
            for (List<Hit> list : repeats.values()) {
                list.sort(BY_DATE);
                for (int i = 1; i < list.size(); i++) {
                    Hit h = list.get(i);
                    h.magnitude = mul(h.magnitude, h.rule.repeat().factor());
                    h.note += "，同一事项第 " + (i + 1) + " 次被通报，加倍 × "
                            + text(h.rule.repeat().factor());
                }
            }
            // 3. same work item counts once, at its highest value
            Map<String, List<Hit>> dedupe = new HashMap<>();
            for (Hit h : w.hits) {
                if (h.rule.dedupeGroup() != null && h.fact.workItem() != null) {
                    dedupe.computeIfAbsent(
                                    h.rule.dedupeGroup() + "|" + h.rule.direction() + "|" + h.fact.workItem(),
                                    k -> new ArrayList<>())
                            .add(h);
                }
            }
            for (List<Hit> list : dedupe.values()) {
                if (list.size() < 2) {
                    continue;
                }
                list.sort(
                        Comparator.comparing((Hit h) -> h.magnitude).reversed().thenComparing(BY_DATE));
                Hit best = list.get(0);
                for (int i = 1; i < list.size(); i++) {
                    Hit h = list.get(i);
                    h.magnitude = BigDecimal.ZERO;
                    h.note += "；同一项工作按最高分计（已按 " + best.fact.id() + " 计 " + text(best.magnitude) + " 分），不重复加扣分";
                }
            }
            // 4. sub-caps, in date order; 5. apply
            w.hits.sort(BY_DATE);
            Map<String, BigDecimal> used = new HashMap<>();
            for (Hit h : w.hits) {
                FactRule r = h.rule;
                if (r.valuation() == SchemeVersion.Valuation.NONE) {
                    continue;
                }
                Category c = categories.get(r.category());
                if (r.subCap() != null) {
                    BigDecimal limit = c.subCaps().stream()
                            .filter(sc -> sc.id().equals(r.subCap()))
                            .findFirst()
                            .orElseThrow()
                            .limit();
                    BigDecimal before = used.getOrDefault(r.subCap(), BigDecimal.ZERO);
                    BigDecimal room = limit.subtract(before).max(BigDecimal.ZERO);
                    if (h.magnitude.compareTo(room) > 0) {
                        h.note += "；该分项最多 " + text(limit) + " 分，仅计 " + text(room) + " 分";
                        h.magnitude = room;
                    }
                    used.put(r.subCap(), before.add(h.magnitude));
                }
                BigDecimal delta = r.direction() == Direction.DEDUCTION ? h.magnitude.negate() : h.magnitude;
                w.categories.merge(c.id(), delta, BigDecimal::add);
                line(
                        w,
                        c,
                        r.id(),
                        r.clause(),
                        List.of(h.fact.id()),
                        delta,
                        (r.direction() == Direction.DEDUCTION ? "扣分：" : "加分：") + r.name() + "，" + h.note);
            }
        }

        static final Comparator<Hit> BY_DATE = Comparator.comparing(
                        (Hit h) -> h.fact.date(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(h -> h.fact.id());

        // ---- effects ------------------------------------------------------------------------

        void applyEffects(SubjectWork w) {
            Map<FactRule, List<Hit>> byRule = new LinkedHashMap<>();
            for (Hit h : w.hits) {
                if (!h.rule.effects().isEmpty()) {
                    byRule.computeIfAbsent(h.rule, k -> new ArrayList<>()).add(h);
                }
            }
            for (Map.Entry<FactRule, List<Hit>> e : byRule.entrySet()) {
                FactRule r = e.getKey();
                for (Effect effect : r.effects()) {
                    BigDecimal quantity = BigDecimal.ZERO;
                    List<String> factIds = new ArrayList<>();
                    for (Hit h : e.getValue()) {
                        if (effect.levels().isEmpty() || effect.levels().contains(h.fact.level())) {
                            quantity = quantity.add(h.fact.quantity());
                            factIds.add(h.fact.id());
                        }
                    }
                    if (factIds.isEmpty() || !reached(effect, quantity)) {
                        continue;
                    }
                    apply(
                            w,
                            effect,
                            r.id(),
                            effect.clause() != null ? effect.clause() : r.clause(),
                            factIds,
                            effect.reason() != null ? effect.reason() : r.name());
                }
            }
        }

        static boolean reached(Effect effect, BigDecimal quantity) {
            if (effect.threshold() == null) {
                return true;
            }
            int cmp = quantity.compareTo(effect.threshold());
            return effect.comparison() == SchemeVersion.Comparison.MORE_THAN ? cmp > 0 : cmp >= 0;
        }

        void apply(SubjectWork w, Effect effect, String ruleId, String clause, List<String> factIds, String reason) {
            switch (effect.kind()) {
                case NO_EXCELLENCE ->
                    w.loseExcellence(new Reason("NO_EXCELLENCE", ruleId, clause, factIds, "取消评先评优资格：" + reason));
                case WITHHOLD_PAY -> {
                    w.withholdPercent = w.withholdPercent.max(effect.percent());
                    w.reasons.add(new Reason(
                            "WITHHOLD_PAY",
                            ruleId,
                            clause,
                            factIds,
                            "扣发 " + text(effect.percent()) + "% 绩效奖金：" + reason));
                }
                case PAY_FACTOR -> {
                    w.payFactor = mul(w.payFactor, div(effect.percent(), Decimals.HUNDRED));
                    w.reasons.add(new Reason(
                            "PAY_FACTOR",
                            ruleId,
                            clause,
                            factIds,
                            "绩效奖金按 " + text(effect.percent()) + "% 核定：" + reason));
                }
                case GRADE_AT_MOST -> {
                    int index = Grader.indexOf(scheme, effect.value());
                    w.gradeCapIndex = Math.max(w.gradeCapIndex, index);
                    w.reasons.add(new Reason(
                            "GRADE_AT_MOST",
                            ruleId,
                            clause,
                            factIds,
                            "等次不高于“" + Grader.label(scheme, effect.value()) + "”：" + reason));
                }
                case GRADE_FORCE -> {
                    w.forcedGrade = effect.value();
                    w.reasons.add(new Reason(
                            "GRADE_FORCE",
                            ruleId,
                            clause,
                            factIds,
                            "定为“" + Grader.label(scheme, effect.value()) + "”：" + reason));
                }
                case CONSEQUENCE -> {
                    w.consequences.add(effect.value());
                    w.reasons.add(new Reason(
                            "CONSEQUENCE", ruleId, clause, factIds, Vocabulary.consequence(effect.value(), reason)));
                }
            }
        }

        void applyRollUps(SubjectWork w, boolean afterGrading) {
            for (RollUpRule r : scheme.rollUps()) {
                if (r.includeCurrent() != afterGrading) {
                    continue;
                }
                String source = r.source() == RollUpSource.VILLAGE ? w.subject.villageId() : w.id();
                if (source == null) {
                    continue;
                }
                List<String> periods = new ArrayList<>();
                if (r.source() == RollUpSource.VILLAGE && in.villageGrades() != null) {
                    // seed 003 六3: the village's monthly 党建 grades (and places), never a subject's own results
                    for (ScoringInput.VillageGrade g : villageGrades.getOrDefault(source, List.of())) {
                        if (r.counts(g.grade(), g.rank(), g.rankCount())) {
                            periods.add(g.period());
                        }
                    }
                } else {
                    for (PriorResult p : priorBySubject.getOrDefault(source, List.of())) {
                        if (r.counts(p.grade(), p.rank(), p.rankCount())) {
                            periods.add(p.period());
                        }
                    }
                }
                if (r.includeCurrent() && w.grade != null && r.grades().contains(w.grade)) {
                    periods.add(Objects.requireNonNullElse(in.period(), "本期"));
                }
                if (periods.size() < r.atLeast()) {
                    continue;
                }
                String reason = r.name() + "（" + String.join("、", periods) + " 共 " + periods.size() + " 次）";
                for (Effect e : r.effects()) {
                    apply(w, e, r.id(), r.clause(), periods, e.reason() != null ? e.reason() + "：" + reason : reason);
                }
            }
        }

        void checkExcellenceMinimum(SubjectWork w) {
            BigDecimal min = scheme.grading().excellenceMinScore();
            if (min != null && w.displayTotal.compareTo(min) < 0) {
                w.loseExcellence(new Reason(
                        "BELOW_EXCELLENCE_MINIMUM",
                        "grading.excellenceMinScore",
                        scheme.grading().clause(),
                        List.of(),
                        "总分 " + text(w.displayTotal) + " 低于评先评优所需的 " + text(min) + " 分"));
            }
        }

        // ---- lines and result ---------------------------------------------------------------

        static void line(
                SubjectWork w,
                Category c,
                String ruleId,
                String clause,
                List<String> factIds,
                BigDecimal delta,
                String text) {
            w.lines.add(new ExplanationLine(
                    ruleId, clause, factIds, c.id(), internal(delta), mul(delta, c.weight()), text));
        }

        static void totalLine(
                SubjectWork w, String ruleId, String clause, List<String> factIds, BigDecimal delta, String text) {
            w.lines.add(new ExplanationLine(ruleId, clause, factIds, null, internal(delta), internal(delta), text));
        }

        SubjectResult toResult(SubjectWork w) {
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
}
