package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
