package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.mul;
import static cn.kaohe.scoring.Decimals.text;

import cn.kaohe.scoring.SubjectWork.Hit;
import cn.kaohe.scoring.model.RepeatMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Repeat SAME_WORK_ITEM: the 2nd and later facts of one rule about one work item are multiplied, in date order. */
final class RepeatedWorkItem {

    private RepeatedWorkItem() {}

    static void apply(SubjectWork w) {
        Map<String, List<Hit>> repeats = new HashMap<>();
        for (Hit h : w.hits) {
            if (h.rule.repeat() != null
                    && h.rule.repeat().mode() == RepeatMode.SAME_WORK_ITEM
                    && h.fact.workItem() != null) {
                Grouping.add(repeats, h.rule.id() + "|" + h.fact.workItem(), h);
            }
        }
        for (List<Hit> list : repeats.values()) {
            list.sort(Hit.BY_DATE);
            for (int i = 1; i < list.size(); i++) {
                Hit h = list.get(i);
                h.magnitude = mul(h.magnitude, h.rule.repeat().factor());
                h.note += "，同一事项第 " + (i + 1) + " 次被通报，加倍 × "
                        + text(h.rule.repeat().factor());
            }
        }
    }
}
