package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;
import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.model.Category;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PERIODS: the weighted average of period scores (seed 002: 前三季度平均×40% + 第四季度×60%). */
final class PeriodStart implements CategoryStart {

    @Override
    public BigDecimal start(ScoringRun run, SubjectWork w, Category c) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (var p : run.periodsBySubject.getOrDefault(w.id(), List.of())) {
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
                    run.problems.add(Problem.ofField("periodScores." + w.id() + "." + c.id(), "缺少 " + period + " 的分数"));
                    s = BigDecimal.ZERO;
                }
                sum = sum.add(s);
            }
            BigDecimal avg = div(sum, BigDecimal.valueOf(term.periods().size()));
            BigDecimal contribution = mul(avg, term.weight());
            value = value.add(contribution);
            Explanation.line(
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
}
