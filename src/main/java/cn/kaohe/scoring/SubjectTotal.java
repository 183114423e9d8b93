package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.internal;
import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.Adjustment;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import java.math.BigDecimal;
import java.util.List;

/**
 * After the facts: category caps and floors, the committee's adjustments of categories, total = Σ weight ×
 * category, the committee's adjustments of the total, then the total's cap and floor.
 */
final class SubjectTotal {

    private SubjectTotal() {}

    static void finish(ScoringRun run, SubjectWork w) {
        for (Category c : run.scheme.categories()) {
            bound(w, c);
        }
        List<Adjustment> adjustments = run.adjustmentsBySubject.getOrDefault(w.id(), List.of());
        for (Adjustment a : adjustments) {
            if (!ScoringEngine.TOTAL.equals(a.target())) {
                Category c = run.categories.get(a.target());
                BigDecimal old = w.categories.get(c.id());
                BigDecimal now = a.newValue() != null ? a.newValue() : old.add(a.delta());
                w.categories.put(c.id(), now);
                Explanation.line(
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
        for (Category c : run.scheme.categories()) {
            total = total.add(mul(w.categories.get(c.id()), c.weight()));
        }
        for (Adjustment a : adjustments) {
            if (ScoringEngine.TOTAL.equals(a.target())) {
                BigDecimal now = a.newValue() != null ? a.newValue() : total.add(a.delta());
                Explanation.totalLine(
                        w,
                        "adjustment",
                        null,
                        List.of(a.id() == null ? "" : a.id()),
                        now.subtract(total),
                        "考核领导小组调整总分：" + text(total) + " → " + text(now) + "，理由：" + a.reason());
                total = now;
            }
        }
        var bounds = run.scheme.totalBounds();
        if (bounds != null && bounds.cap() != null && total.compareTo(bounds.cap()) > 0) {
            Explanation.totalLine(
                    w,
                    "totalCap",
                    bounds.clause(),
                    List.of(),
                    bounds.cap().subtract(total),
                    "总分最高不超过 " + text(bounds.cap()) + " 分");
            total = bounds.cap();
        }
        if (bounds != null && bounds.floor() != null && total.compareTo(bounds.floor()) < 0) {
            Explanation.totalLine(
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

    /** The category's cap (its points unless given; none for a ZERO category) and floor. */
    private static void bound(SubjectWork w, Category c) {
        BigDecimal cap = c.cap() != null ? c.cap() : (c.source() == CategorySource.ZERO ? null : c.points());
        BigDecimal value = w.categories.get(c.id());
        if (cap != null && value.compareTo(cap) > 0) {
            Explanation.line(
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
            Explanation.line(
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
}
