package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;
import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.Rating;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.MissingRating;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RATING: the weighted average of the rater groups' scores, scaled from the rating scale to the category's points;
 * the rating set is the first whose tag the subject carries, else the untagged one. A missing rating is an error or
 * drops its component and rescales the others (MissingRating).
 */
final class RatingStart implements CategoryStart {

    @Override
    public BigDecimal start(ScoringRun run, SubjectWork w, Category c) {
        RatingSet set = ratingSet(w, c);
        if (set == null) {
            run.problems.add(Problem.ofField("subjects." + w.id(), c.name() + "：没有适用于该对象的评分权重组"));
            return BigDecimal.ZERO;
        }
        List<Rating> mine = run.ratingsOf(w.id());
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
                        run.problems.add(Problem.ofField(
                                "ratings." + w.id() + "." + part,
                                "评分 " + text(r.score()) + " 超出满分 " + text(c.ratingScale())));
                    }
                    sum = sum.add(r.score());
                    n++;
                }
            }
            if (n == 0) {
                if (c.missingRating() == MissingRating.ERROR) {
                    run.problems.add(Problem.ofField(
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
            BigDecimal weight =
                    presentWeight.compareTo(BigDecimal.ONE) == 0 ? comp.weight() : div(comp.weight(), presentWeight);
            BigDecimal contribution = mul(mul(e.getValue(), weight), scale);
            value = value.add(contribution);
            Explanation.line(
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

    private static RatingSet ratingSet(SubjectWork w, Category c) {
        for (RatingSet rs : c.ratingSets()) {
            if (rs.tag() != null && w.subject.hasTag(rs.tag())) {
                return rs;
            }
        }
        return c.ratingSets().stream()
                .filter(rs -> rs.tag() == null)
                .findFirst()
                .orElse(null);
    }

    private static String label(RatingComponent comp) {
        if (comp.name() != null) {
            return comp.name();
        }
        return comp.raterGroup() != null ? comp.raterGroup() : String.valueOf(comp.part());
    }
}
