package cn.kaohe.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One version of an assessment scheme (考核方案) as plain data. Everything a township decides —
 * categories and caps, point values for ledger facts, rater weights, vetoes, grading, pay — lives
 * here; {@code cn.kaohe.scoring.ScoringEngine} interprets it. Records only: no framework types, so
 * the same data can be read from YAML/JSON by {@code cn.kaohe.scheme} and stored by the lead's
 * persistence layer.
 *
 * <p>Collections are never null (compact constructors replace null with empty), numbers that a
 * scheme may leave out are null and the engine documents their defaults.
 *
 * @param code stable scheme code, e.g. {@code daligang-2021}
 * @param name zh-CN title
 * @param version version number of this scheme document
 * @param source the seed document and its clause the scheme comes from
 * @param subjectKind who is assessed: cadres or units
 * @param cycle assessment cycle
 * @param baseScore nominal full score (e.g. 1000); Σ weight×points of the categories must equal it
 * @param categories the score categories (分类), in display order
 * @param factRules point values of ledger facts (台账事项)
 * @param totalBounds cap and floor on the total (篇四: 130/70)
 * @param derivedScores totals computed from other subjects (seed 000 一)
 * @param rollUps rules over prior-period results (seed 003 六)
 * @param grading grades, thresholds, quotas, tie-break
 * @param pay performance pay (绩效奖金)
 * @param unitOutcomes how a unit's rank flows to its people (seed 002 三(三))
 * @param noticeOpeningDay 参数: whether the day a public notice (公示) opens counts as its first working day
 * @param approvals the numbers of risk deposits and work plans (seeds' values when left out)
 */
public record SchemeVersion(
        String code,
        String name,
        Integer version,
        String source,
        SubjectKind subjectKind,
        Cycle cycle,
        BigDecimal baseScore,
        List<Category> categories,
        List<FactRule> factRules,
        Bounds totalBounds,
        List<DerivedScore> derivedScores,
        List<RollUpRule> rollUps,
        Grading grading,
        PayPolicy pay,
        List<UnitOutcomeRule> unitOutcomes,
        NoticeOpeningDay noticeOpeningDay,
        Approvals approvals) {

    public SchemeVersion {
        approvals = approvals == null ? Approvals.SEEDS : approvals;
        noticeOpeningDay = noticeOpeningDay == null ? NoticeOpeningDay.BEFORE_CUT_OFF : noticeOpeningDay;
        subjectKind = subjectKind == null ? SubjectKind.CADRE : subjectKind;
        cycle = cycle == null ? Cycle.ANNUAL : cycle;
        categories = nonNull(categories);
        factRules = nonNull(factRules);
        derivedScores = nonNull(derivedScores);
        rollUps = nonNull(rollUps);
        unitOutcomes = nonNull(unitOutcomes);
        grading = grading == null ? Grading.none() : grading;
        pay = pay == null ? PayPolicy.none() : pay;
    }

    /** A scheme without an approvals section (the seeds' values). */
    public SchemeVersion(
            String code,
            String name,
            Integer version,
            String source,
            SubjectKind subjectKind,
            Cycle cycle,
            BigDecimal baseScore,
            List<Category> categories,
            List<FactRule> factRules,
            Bounds totalBounds,
            List<DerivedScore> derivedScores,
            List<RollUpRule> rollUps,
            Grading grading,
            PayPolicy pay,
            List<UnitOutcomeRule> unitOutcomes,
            NoticeOpeningDay noticeOpeningDay) {
        this(
                code,
                name,
                version,
                source,
                subjectKind,
                cycle,
                baseScore,
                categories,
                factRules,
                totalBounds,
                derivedScores,
                rollUps,
                grading,
                pay,
                unitOutcomes,
                noticeOpeningDay,
                null);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    /** 参数: the first day of a public notice (公示 N 个工作日). */
    public enum NoticeOpeningDay {
        /**
         * Default: a notice opened on a working day before the application's cut-off ({@code
         * kaohe.calendar.notice-cut-off}, 12:00) counts that day — an office that posts in the morning has the day.
         */
        BEFORE_CUT_OFF,
        /** 民法典 第二百零一条 "开始的当日不计入，自下一日开始计算": the opening day never counts. */
        NEVER
    }

    public enum SubjectKind {
        CADRE,
        UNIT
    }

    public enum Cycle {
        MONTHLY,
        QUARTERLY,
        ANNUAL
    }

    /** Where a category's value comes from. */
    public enum CategorySource {
        /** Starts at {@code points}; ledger facts add and remove (seed 000 作风建设 300). */
        BASE,
        /** Starts at 0; ledger facts add and remove (加减分, 察访核验). */
        ZERO,
        /** Weighted average of rater groups' scores, scaled from {@code ratingScale} to {@code points}. */
        RATING,
        /** A grade code given by a rater mapped to points (seed 000 联村: village grade → points). */
        MAPPED_GRADE,
        /** Weighted average of period scores (seed 002: 前三季度平均×40% + 第四季度×60%). */
        PERIODS,
        /** Target completion (seed 004 第十六、十七条). */
        COMPLETION
    }

    /** What to do when a subject lacks a rating that a category needs. */
    public enum MissingRating {
        /** Input error naming the subject and rater group. */
        ERROR,
        /** Drop the missing component and rescale the remaining weights to 100%. */
        RESCALE
    }

    /** What a subject without a mapped grade gets (seed 000 三(一): 未参与驻村的取各村平均值). */
    public enum GradeFallback {
        NONE,
        AVERAGE_OF_RATED
    }

    /**
     * A score category.
     *
     * @param id stable id used by rules, ratings and explanation lines
     * @param name zh-CN name
     * @param clause seed clause
     * @param source how the value is obtained
     * @param points full points of the category (BASE start value; RATING/MAPPED scale target)
     * @param weight weight of the category in the total (default 1)
     * @param cap upper bound of the category value (BASE: defaults to points)
     * @param floor lower bound of the category value (ZERO: e.g. -200 for 察访核验)
     * @param ratingScale scale raters use (default 100)
     * @param ratingSets rater-group weights; the first set whose tag the subject has, else the
     *     untagged one
     * @param missingRating what to do when a rating is missing
     * @param gradePoints MAPPED_GRADE: grade code → points
     * @param fallback MAPPED_GRADE: value for subjects without a grade
     * @param periodTerms PERIODS: weighted groups of periods
     * @param completion COMPLETION: how targets turn into points
     * @param subCaps limits on groups of rules inside this category (篇二 察访核验 50/20/…)
     */
    public record Category(
            String id,
            String name,
            String clause,
            CategorySource source,
            BigDecimal points,
            BigDecimal weight,
            BigDecimal cap,
            BigDecimal floor,
            BigDecimal ratingScale,
            List<RatingSet> ratingSets,
            MissingRating missingRating,
            Map<String, BigDecimal> gradePoints,
            GradeFallback fallback,
            List<PeriodTerm> periodTerms,
            CompletionRule completion,
            List<SubCap> subCaps) {

        public Category {
            source = source == null ? CategorySource.BASE : source;
            weight = weight == null ? BigDecimal.ONE : weight;
            ratingScale = ratingScale == null ? BigDecimal.valueOf(100) : ratingScale;
            ratingSets = nonNull(ratingSets);
            missingRating = missingRating == null ? MissingRating.ERROR : missingRating;
            gradePoints = nonNull(gradePoints);
            fallback = fallback == null ? GradeFallback.NONE : fallback;
            periodTerms = nonNull(periodTerms);
            subCaps = nonNull(subCaps);
        }
    }

    /** Rater-group weights used for subjects carrying {@code tag} (null tag = everybody else). */
    public record RatingSet(String tag, List<RatingComponent> components) {
        public RatingSet {
            components = nonNull(components);
        }
    }

    /**
     * One weighted input of a rating category: ratings of {@code raterGroup} (any if null) on
     * {@code part} (the category id if null); several raters are averaged.
     */
    public record RatingComponent(String raterGroup, String part, String name, BigDecimal weight) {}

    /** Σ over periods of weight × average(score of the listed periods). */
    public record PeriodTerm(List<String> periods, BigDecimal weight, String name) {
        public PeriodTerm {
            periods = nonNull(periods);
        }
    }

    /**
     * Seed 004 第十六、十七条.
     *
     * @param qualityPercents non-numeric targets: outcome → percent of the standard points
     * @param falsifiedPenaltyPercent 弄虚作假: percent of the item's standard points taken off
     * @param rescaleMissing 缺项不计分，总分按比例折算
     * @param changeCutoff month and day ({@code MM-dd}) of the period's year from which a target can no longer be
     *     changed (seed 004 第九条: 于当年7月1日前提出申请 → {@code 07-01}); null: until the period ends
     */
    public record CompletionRule(
            Map<String, BigDecimal> qualityPercents,
            BigDecimal falsifiedPenaltyPercent,
            Boolean rescaleMissing,
            String changeCutoff) {
        public CompletionRule {
            qualityPercents = nonNull(qualityPercents);
            falsifiedPenaltyPercent = falsifiedPenaltyPercent == null ? BigDecimal.ZERO : falsifiedPenaltyPercent;
            rescaleMissing = rescaleMissing == null || rescaleMissing;
        }

        public CompletionRule(
                Map<String, BigDecimal> qualityPercents, BigDecimal falsifiedPenaltyPercent, Boolean rescaleMissing) {
            this(qualityPercents, falsifiedPenaltyPercent, rescaleMissing, null);
        }

        /** The first day of {@code year} on which a change request is refused, if the scheme sets a cut-off. */
        public java.util.Optional<java.time.LocalDate> changeCutoffIn(int year) {
            return changeCutoff == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            java.time.MonthDay.parse("--" + changeCutoff).atYear(year));
        }
    }

    /** The absolute sum of the deltas of rules naming this sub-cap is limited to {@code limit}. */
    public record SubCap(String id, String name, BigDecimal limit, String clause) {}

    public enum Direction {
        DEDUCTION,
        CREDIT
    }

    /** How a fact's points are found. */
    public enum Valuation {
        /** {@code points} × quantity (迟到一次扣2分). */
        PER_OCCURRENCE,
        /** {@code levelPoints[level]} × quantity (通报批评 省30/市20/县10/镇5). */
        PER_LEVEL,
        /** The committee's figure carried by the fact, within [minPoints, maxPoints] (扣10–50分). */
        COMMITTEE,
        /** No points: the rule only has effects (discipline → pay withholding). */
        NONE
    }

    /** Who a fact hits. FACT_SUBJECTS is the default. */
    public enum Target {
        /** The subjects the fact names. */
        FACT_SUBJECTS,
        /** Every subject whose unit is the fact's unit (全办人员). */
        UNIT_STAFF,
        /** The head of the fact's unit (办主任). */
        UNIT_HEAD,
        /** The leadership members supervising the fact's unit (分管领导). */
        SUPERVISING_LEADER
    }

    public enum RepeatMode {
        /** 2nd and later facts of the same rule, subject and work item are multiplied. */
        SAME_WORK_ITEM,
        /** Facts flagged {@code consecutive} by the office are multiplied (连续通报加倍扣分). */
        FLAGGED_CONSECUTIVE
    }

    public record Repeat(RepeatMode mode, BigDecimal factor) {}

    /**
     * A rule giving points to ledger facts of one type. Several rules may read the same fact type.
     *
     * @param id stable rule id, quoted in explanation lines
     * @param factType the ledger fact type this rule reads
     * @param name zh-CN description
     * @param clause seed clause
     * @param category the category the points go to
     * @param direction deduction or credit
     * @param valuation how points are found
     * @param points PER_OCCURRENCE points per unit
     * @param levelPoints PER_LEVEL points by level
     * @param levels allowed levels (defaults to the keys of levelPoints)
     * @param minPoints COMMITTEE lower bound
     * @param maxPoints COMMITTEE upper bound
     * @param repeat doubling when repeated or consecutive
     * @param dedupeGroup rules sharing a group count a work item once, at its highest value
     *     (同一项工作按最高分，不重复加扣分)
     * @param targets who the fact hits
     * @param factor multiplier for everybody hit (对应分值加倍扣减; 一票否决加倍扣分)
     * @param leaderFactor extra multiplier for leadership members hit
     * @param subCap sub-cap id inside the category
     * @param moneyPerUnit yuan per unit of quantity added to (+) or removed from (−) pay
     * @param moneyPerAmount factor on the fact's {@code amount} added to (+) or removed from (−) pay
     * @param moneyLabel zh-CN label of the money line
     * @param effects eligibility, pay and grade effects
     */
    public record FactRule(
            String id,
            String factType,
            String name,
            String clause,
            String category,
            Direction direction,
            Valuation valuation,
            BigDecimal points,
            Map<String, BigDecimal> levelPoints,
            List<String> levels,
            BigDecimal minPoints,
            BigDecimal maxPoints,
            Repeat repeat,
            String dedupeGroup,
            List<Target> targets,
            BigDecimal factor,
            BigDecimal leaderFactor,
            String subCap,
            BigDecimal moneyPerUnit,
            BigDecimal moneyPerAmount,
            String moneyLabel,
            List<Effect> effects) {

        public FactRule {
            direction = direction == null ? Direction.DEDUCTION : direction;
            valuation = valuation == null ? Valuation.PER_OCCURRENCE : valuation;
            levelPoints = nonNull(levelPoints);
            levels = levels == null || levels.isEmpty() ? List.copyOf(levelPoints.keySet()) : List.copyOf(levels);
            targets = targets == null || targets.isEmpty() ? List.of(Target.FACT_SUBJECTS) : List.copyOf(targets);
            factor = factor == null ? BigDecimal.ONE : factor;
            leaderFactor = leaderFactor == null ? BigDecimal.ONE : leaderFactor;
            effects = nonNull(effects);
        }
    }

    public enum EffectKind {
        /** Loses 评先评优资格. */
        NO_EXCELLENCE,
        /** {@code percent} of the pay is withheld (扣发); the largest triggered percent wins. */
        WITHHOLD_PAY,
        /** Pay weight multiplied by {@code percent}/100 (50% caps: 非在编, no real work). */
        PAY_FACTOR,
        /** Grade no better than {@code value} (seed 003 C/D triggers, seed 004 第二十七条). */
        GRADE_AT_MOST,
        /** Grade is {@code value} whatever the score. */
        GRADE_FORCE,
        /** A recorded consequence {@code value} (e.g. 约谈, 年度定为基本称职或不称职) with its reason. */
        CONSEQUENCE
    }

    public enum Comparison {
        AT_LEAST,
        MORE_THAN
    }

    /**
     * An effect of a rule. Triggered when the summed quantity of the subject's matching facts
     * reaches {@code threshold} (default: any fact), restricted to {@code levels} if given.
     */
    public record Effect(
            EffectKind kind,
            List<String> levels,
            BigDecimal threshold,
            Comparison comparison,
            String value,
            BigDecimal percent,
            String reason,
            String clause) {
        public Effect {
            levels = nonNull(levels);
            comparison = comparison == null ? Comparison.AT_LEAST : comparison;
        }
    }

    public record Bounds(BigDecimal cap, BigDecimal floor, String clause) {}

    public enum DerivedMethod {
        /** Average of the totals of the staff of the units the subject supervises. */
        AVERAGE_OF_SUPERVISED_UNIT_STAFF,
        /** Average of the totals of all non-derived subjects. */
        AVERAGE_OF_ALL
    }

    /**
     * 参数: a derived subject's own ledger facts when the average it takes already contains them (seed 000 names both
     * "班子成员…取所分管办…人员平均分" (一) and "分管领导和全办人员每人扣30分" (三(三)1)).
     */
    public enum OwnFacts {
        /**
         * Default: the leader's own facts apply on top of the average, also a fact that hit the supervised staff too —
         * 三(三)1 names 分管领导 beside 全办人员 as one more person who is deducted.
         */
        ON_TOP,
        /** A fact that also hit one of the averaged subjects counts only through the average; the leader's other facts apply. */
        IN_AVERAGE_ONLY
    }

    /**
     * Seed 000 一: 班子成员取所分管办…人员平均分，书记、镇长取全体机关干部平均分.
     *
     * @param ownFacts 参数: the subject's own facts on top of the average (default) or, for a fact the average already
     *     contains, only through the average
     */
    public record DerivedScore(
            String role, DerivedMethod method, String clause, String description, OwnFacts ownFacts) {
        public DerivedScore {
            ownFacts = ownFacts == null ? OwnFacts.ON_TOP : ownFacts;
        }
    }

    public enum RollUpSource {
        /** The subject's own prior results. */
        SELF,
        /** The prior results of the village the subject is resident in (seed 003 六3). */
        VILLAGE
    }

    /**
     * Counts prior-period grades (and the current one if {@code includeCurrent}) and applies effects
     * when the count reaches {@code atLeast}. With {@code bottomRanks} a period also counts when the source ranked among
     * the last that many (seed 003 六3: 2个月党建工作考核不合格或在乡镇(场)排名后2名).
     */
    public record RollUpRule(
            String id,
            String name,
            String clause,
            RollUpSource source,
            List<String> grades,
            Integer atLeast,
            Boolean includeCurrent,
            Integer bottomRanks,
            List<Effect> effects) {

        /** A roll-up counting grades only. */
        public RollUpRule(
                String id,
                String name,
                String clause,
                RollUpSource source,
                List<String> grades,
                Integer atLeast,
                Boolean includeCurrent,
                List<Effect> effects) {
            this(id, name, clause, source, grades, atLeast, includeCurrent, null, effects);
        }

        /** Whether a period with this grade and place counts. */
        public boolean counts(String grade, Integer rank, Integer rankCount) {
            if (grade != null && grades.contains(grade)) {
                return true;
            }
            // with no more sources ranked than the places counted, every source would be "among the last": not counted
            return bottomRanks != null
                    && rank != null
                    && rankCount != null
                    && rankCount > bottomRanks
                    && rank > rankCount - bottomRanks;
        }

        public RollUpRule {
            source = source == null ? RollUpSource.SELF : source;
            grades = nonNull(grades);
            includeCurrent = includeCurrent != null && includeCurrent;
            effects = nonNull(effects);
        }
    }

    public enum QuotaBound {
        AT_MOST,
        ABOUT,
        AT_LEAST
    }

    /**
     * One grade, best first. A subject gets the first grade whose conditions it meets and whose
     * quota is not yet full; the last non-override grade takes the rest.
     *
     * @param minScore threshold (≥)
     * @param count fixed quota (一等奖设1名)
     * @param groupCounts fixed quota by ranking group, overriding count (seed 004: 区直8名, 镇乡1名)
     * @param share share quota of the group (0.10 = 10%)
     * @param bound how the share is read; counts are rounded: AT_MOST floor, AT_LEAST ceiling,
     *     ABOUT half-up
     * @param requiresExcellence only subjects keeping 评先评优资格
     * @param overrideOnly reached only through overrides and effects (较差)
     */
    public record GradeSpec(
            String code,
            String label,
            BigDecimal minScore,
            Integer count,
            Map<String, Integer> groupCounts,
            BigDecimal share,
            QuotaBound bound,
            Boolean requiresExcellence,
            Boolean overrideOnly) {
        public GradeSpec {
            groupCounts = nonNull(groupCounts);
            bound = bound == null ? QuotaBound.ABOUT : bound;
            requiresExcellence = requiresExcellence != null && requiresExcellence;
            overrideOnly = overrideOnly != null && overrideOnly;
        }
    }

    public enum OverrideKind {
        /** Total below {@code value} → grade. */
        TOTAL_BELOW,
        /** Last in the group now and in the previous {@code value}−1 periods (连续两年排名最后). */
        LAST_IN_CONSECUTIVE_PERIODS
    }

    public record GradeOverride(OverrideKind kind, BigDecimal value, String grade, String reason, String clause) {}

    /** At least {@code minShare} of each listed grade (all if empty) must carry {@code tag}. */
    public record SubgroupConstraint(String tag, String name, BigDecimal minShare, List<String> grades, String clause) {
        public SubgroupConstraint {
            grades = nonNull(grades);
        }
    }

    /**
     * @param vocabulary name of the grade vocabulary (公务员, 事业单位, A–D, S–D, 奖项)
     * @param grades best first; empty = ranking only
     * @param excellenceMinScore 评先评优 needs at least this total (篇四: 90)
     * @param tieBreak category ids compared (descending) when totals tie; then subject id ascending
     * @param quotaBase 参数: what the shares of the quotas count (default: all ranked subjects)
     */
    public record Grading(
            String vocabulary,
            String clause,
            List<GradeSpec> grades,
            BigDecimal excellenceMinScore,
            List<String> tieBreak,
            List<GradeOverride> overrides,
            List<SubgroupConstraint> subgroups,
            QuotaBase quotaBase) {
        public Grading {
            grades = nonNull(grades);
            tieBreak = nonNull(tieBreak);
            overrides = nonNull(overrides);
            subgroups = nonNull(subgroups);
            quotaBase = quotaBase == null ? QuotaBase.ALL_RANKED : quotaBase;
        }

        public static Grading none() {
            return new Grading(null, null, List.of(), null, List.of(), List.of(), List.of(), null);
        }
    }

    /** 参数: the number a grade's share (前30%左右) is taken of when some subjects are forced to a grade. */
    public enum QuotaBase {
        /**
         * Default: every ranked subject of the group, those forced to a grade included (seed 002 四(二)5 "根据各被考核科室
         * 得分情况…排序，位于前30%左右的确定为优秀"); a forced subject fills its grade's quota.
         */
        ALL_RANKED,
        /** Only the subjects not forced to a grade (overrides, 一票否决 and other forcing effects left out). */
        NOT_FORCED
    }

    public enum PayMode {
        NONE,
        /** 按个人所得分折算奖励到人, within the pool, never exceeding it (seed 000 四1). */
        PROPORTIONAL,
        /** Fixed amount per grade per month (seed 003 五: A 260 / B 130). */
        BY_GRADE,
        /** Unit prizes per grade with per-role amounts and fines (seed 004 第二十一、二十八条). */
        UNIT_PRIZE
    }

    /**
     * @param pool default pay pool (奖金总额); the input may override it
     * @param staffTypeFactors PROPORTIONAL weight factor / BY_GRADE amount factor by staff type
     *     (非在编 0.5)
     * @param gradeAmounts BY_GRADE amount per grade per month
     * @param staffTypeAmounts BY_GRADE flat amount per month by staff type (社区聘用 200)
     * @param months BY_GRADE months in the period (1 monthly, 3 quarterly)
     * @param prorateByMonths scale by monthsInPost/12 (seed 004 第二十四条)
     * @param noPayGrades grades that get nothing
     * @param tiers UNIT_PRIZE tiers
     * @param moneyUnit 参数: amounts in whole yuan (default) or in fen
     */
    public record PayPolicy(
            PayMode mode,
            String clause,
            BigDecimal pool,
            Map<String, BigDecimal> staffTypeFactors,
            Map<String, BigDecimal> gradeAmounts,
            Map<String, BigDecimal> staffTypeAmounts,
            Integer months,
            Boolean prorateByMonths,
            List<String> noPayGrades,
            List<PrizeTier> tiers,
            MoneyUnit moneyUnit) {
        public PayPolicy {
            moneyUnit = moneyUnit == null ? MoneyUnit.YUAN : moneyUnit;
            mode = mode == null ? PayMode.NONE : mode;
            staffTypeFactors = nonNull(staffTypeFactors);
            gradeAmounts = nonNull(gradeAmounts);
            staffTypeAmounts = nonNull(staffTypeAmounts);
            months = months == null ? 1 : months;
            prorateByMonths = prorateByMonths != null && prorateByMonths;
            noPayGrades = nonNull(noPayGrades);
            tiers = nonNull(tiers);
        }

        public static PayPolicy none() {
            return new PayPolicy(PayMode.NONE, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** 参数: the smallest amount pay is counted in. */
    public enum MoneyUnit {
        /** Default: whole yuan — every seed states its amounts in 元 (260元, 3000元, 20万元). */
        YUAN(0),
        /** Fen (0.01 元), for an office that pays to the fen. */
        FEN(2);

        private final int scale;

        MoneyUnit(int scale) {
            this.scale = scale;
        }

        /** Decimal places of an amount. */
        public int scale() {
            return scale;
        }
    }

    /**
     * A prize or fine tier for units of {@code group} graded {@code grade}.
     *
     * @param unitAmount amount paid to the unit (镇乡一等奖20万元), negative for a unit fine
     * @param principalsPercent part of unitAmount reserved for the unit's PRINCIPAL members
     *     (奖金额的10%专用于奖励两个主要领导), shared equally between them
     * @param roleAmounts amount per member by role (主要领导3000/班子成员2600/职工2200); negative =
     *     fine (罚款2000元)
     */
    public record PrizeTier(
            String group,
            String grade,
            String clause,
            BigDecimal unitAmount,
            BigDecimal principalsPercent,
            Map<String, BigDecimal> roleAmounts) {
        public PrizeTier {
            roleAmounts = nonNull(roleAmounts);
        }
    }

    /**
     * Seed 002 三(三): a unit ranked in the top {@code fromTop} (or the bottom {@code fromBottom})
     * passes {@code consequence} to its members with the listed roles (all if empty).
     */
    public record UnitOutcomeRule(
            String id,
            Integer fromTop,
            Integer fromBottom,
            List<String> memberRoles,
            String consequence,
            String label,
            Boolean noExcellence,
            String clause) {
        public UnitOutcomeRule {
            memberRoles = nonNull(memberRoles);
            noExcellence = noExcellence != null && noExcellence;
        }
    }
}
