package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.internal;
import static cn.kaohe.scoring.Decimals.mul;

import cn.kaohe.scoring.ScoringOutcome.ExplanationLine;
import cn.kaohe.scoring.model.Category;
import java.math.BigDecimal;
import java.util.List;

/** Explanation lines: every point added or removed, traced to a rule, a clause and facts. */
final class Explanation {

    private Explanation() {}

    /** A change of a category, weighted into the total. */
    static void line(
            SubjectWork w,
            Category c,
            String ruleId,
            String clause,
            List<String> factIds,
            BigDecimal delta,
            String text) {
        w.lines.add(
                new ExplanationLine(ruleId, clause, factIds, c.id(), internal(delta), mul(delta, c.weight()), text));
    }

    /** A change of the total itself. */
    static void totalLine(
            SubjectWork w, String ruleId, String clause, List<String> factIds, BigDecimal delta, String text) {
        w.lines.add(new ExplanationLine(ruleId, clause, factIds, null, internal(delta), internal(delta), text));
    }
}
