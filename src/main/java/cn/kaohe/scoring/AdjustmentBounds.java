package cn.kaohe.scoring;

import cn.kaohe.scoring.model.Bounds;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The range a committee or appeal adjustment may set (审议调整、复核): a category stays within its cap and floor (the
 * cap is the category's points unless the scheme sets one; a category that starts at its points or is rated never goes
 * below 0 unless the scheme sets a floor), the total within the scheme's total bounds (never below 0 and, when every
 * category has a cap, never above their weighted sum). Pure policy: no framework.
 */
public final class AdjustmentBounds {

    private AdjustmentBounds() {}

    /** The allowed range of a target; a null end is open. */
    public record Range(BigDecimal min, BigDecimal max) {

        public boolean contains(BigDecimal value) {
            return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
        }

        /** The range in words, e.g. 0–300; an open end in words (不低于 0，不设上限), never 不限–不限. */
        public String text() {
            if (min == null && max == null) {
                return "不设上下限";
            }
            if (max == null) {
                return "不低于 " + Decimals.text(min) + "，不设上限";
            }
            if (min == null) {
                return "不高于 " + Decimals.text(max) + "，不设下限";
            }
            return Decimals.text(min) + "–" + Decimals.text(max);
        }
    }

    /** The range of a category (by id) or of the total ({@code total}); empty for an unknown category. */
    public static Optional<Range> of(SchemeVersion scheme, String target) {
        if (ScoringEngine.TOTAL.equals(target)) {
            return Optional.of(total(scheme));
        }
        return scheme.categories().stream()
                .filter(c -> c.id().equals(target))
                .findFirst()
                .map(AdjustmentBounds::category);
    }

    static Range category(Category c) {
        BigDecimal cap = c.cap() != null ? c.cap() : (c.source() == CategorySource.ZERO ? null : c.points());
        BigDecimal floor = c.floor() != null ? c.floor() : (c.source() == CategorySource.ZERO ? null : BigDecimal.ZERO);
        return new Range(floor, cap);
    }

    static Range total(SchemeVersion scheme) {
        Bounds bounds = scheme.totalBounds();
        BigDecimal floor = bounds != null && bounds.floor() != null ? bounds.floor() : BigDecimal.ZERO;
        BigDecimal cap = bounds != null ? bounds.cap() : null;
        if (cap == null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Category c : scheme.categories()) {
                BigDecimal max = category(c).max();
                if (max == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(max.multiply(c.weight()));
            }
            cap = sum;
        }
        return new Range(floor, cap);
    }
}
