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
}
