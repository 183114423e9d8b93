package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.SubjectWork.Hit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dedupe group: one work item counts once, at its highest value (同一项工作按最高分，不重复加扣分). */
final class HighestPerWorkItem {

    private HighestPerWorkItem() {}

    static void apply(SubjectWork w) {
        Map<String, List<Hit>> dedupe = new HashMap<>();
        for (Hit h : w.hits) {
            if (h.rule.dedupeGroup() != null && h.fact.workItem() != null) {
                Grouping.add(dedupe, h.rule.dedupeGroup() + "|" + h.rule.direction() + "|" + h.fact.workItem(), h);
            }
        }
        for (List<Hit> list : dedupe.values()) {
            if (list.size() < 2) {
                continue;
            }
            list.sort(Comparator.comparing((Hit h) -> h.magnitude).reversed().thenComparing(Hit.BY_DATE));
            Hit best = list.get(0);
            for (int i = 1; i < list.size(); i++) {
                Hit h = list.get(i);
                h.magnitude = BigDecimal.ZERO;
                h.note += "；同一项工作按最高分计（已按 " + best.fact.id() + " 计 " + text(best.magnitude) + " 分），不重复加扣分";
            }
        }
    }
}
