package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;
import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.ScoringInput.TargetResult;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.List;

/**
 * COMPLETION: target completion (seed 004 第十六、十七条) — each target's share of its standard points by quantity or
 * quality, falsified targets penalised, missing targets rescaled away if the scheme says so.
 */
final class CompletionStart implements CategoryStart {

    @Override
    public BigDecimal start(ScoringRun run, SubjectWork w, Category c) {
        var rule = c.completion();
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal applicable = BigDecimal.ZERO;
        boolean anyMissing = false;
        for (TargetResult t : run.targetsBySubject.getOrDefault(w.id(), List.of())) {
            if (!c.id().equals(t.category())) {
                continue;
            }
            String name = t.name() == null ? t.itemId() : t.name();
            List<String> ids = List.of(t.itemId());
            if (t.missing()) {
                anyMissing = true;
                Explanation.line(
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
                    run.problems.add(Problem.ofField(
                            "targets." + t.itemId() + ".outcome", "方案未规定完成情况 " + t.outcome() + " 的计分比例"));
                    pct = BigDecimal.ZERO;
                }
                item = Decimals.percentOf(t.standardPoints(), pct);
                how = "完成情况 " + outcomeLabel(t.outcome()) + "，计标准分的 " + text(pct) + "%";
            }
            raw = raw.add(item);
            Explanation.line(
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
            Explanation.line(
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

    private static String outcomeLabel(ScoringInput.TargetOutcome o) {
        return switch (o) {
            case GOOD -> "完成任务且效果好";
            case FAIR -> "完成任务但效果一般";
            case POOR -> "完成任务但效果差";
            case NOT_DONE -> "未完成任务";
        };
    }
}
