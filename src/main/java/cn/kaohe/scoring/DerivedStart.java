package cn.kaohe.scoring;

import static cn.kaohe.scoring.Decimals.div;

import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.DerivedMethod;
import cn.kaohe.scoring.model.DerivedScore;
import cn.kaohe.scoring.model.OwnFacts;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A derived subject (leaders, secretary, mayor) starts each category at the average of the subjects it is derived
 * from: all cadres, or the staff of the units it supervises (falling back to the resident cadres of its villages,
 * then to all cadres).
 */
final class DerivedStart {

    private DerivedStart() {}

    static void start(ScoringRun run, SubjectWork w, DerivedScore d) {
        List<SubjectWork> sources = new ArrayList<>();
        for (SubjectWork o : run.works.values()) {
            if (o.derived || o.excluded()) {
                continue;
            }
            boolean take =
                    switch (d.method()) {
                        case AVERAGE_OF_ALL -> true;
                        case AVERAGE_OF_SUPERVISED_UNIT_STAFF ->
                            o.subject.unitId() != null
                                    && w.subject.supervisedUnitIds().contains(o.subject.unitId());
                    };
            if (take) {
                sources.add(o);
            }
        }
        String basis = d.description();
        if (sources.isEmpty() && d.method() == DerivedMethod.AVERAGE_OF_SUPERVISED_UNIT_STAFF) {
            // A leader who supervises only villages (e.g. 人大主席 with 联村 only) has no office staff: take the
            // cadres resident in those villages; failing that, all cadres (as for 书记、镇长). Interpretation of
            // seed 000 一, documented in docs/schemes.md.
            for (SubjectWork o : run.works.values()) {
                if (!o.derived
                        && !o.excluded()
                        && o.subject.villageId() != null
                        && w.subject.supervisedUnitIds().contains(o.subject.villageId())) {
                    sources.add(o);
                }
            }
            basis = "所分管单位无机关人员，取所联系村驻村干部平均分";
            if (sources.isEmpty()) {
                run.works.values().stream()
                        .filter(o -> !o.derived && !o.excluded())
                        .forEach(sources::add);
                basis = "所分管单位无考核人员，取全体机关干部平均分";
            }
        }
        if (sources.isEmpty()) {
            run.problems.add(Problem.ofField("subjects." + w.id(), "无法计算派生分：没有可取平均的人员（" + d.description() + "）"));
            run.scheme.categories().forEach(c -> w.categories.put(c.id(), BigDecimal.ZERO));
            return;
        }
        BigDecimal n = BigDecimal.valueOf(sources.size());
        for (Category c : run.scheme.categories()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (SubjectWork o : sources) {
                sum = sum.add(o.categories.get(c.id()));
            }
            BigDecimal avg = div(sum, n);
            w.categories.put(c.id(), avg);
            Explanation.line(
                    w,
                    c,
                    "derived:" + d.role(),
                    d.clause(),
                    List.of(),
                    avg,
                    c.name() + "：" + basis + "（" + sources.size() + " 人平均）");
        }
        // Sources' total adjustments and bounds are not averaged: the leader's own facts and
        // adjustments apply on top (seed 000 三(三)1: 对应分值加倍扣减至分管领导) — unless the scheme's 参数
        // ownFacts says a fact the average already contains counts only through it.
        if (d.ownFacts() == OwnFacts.IN_AVERAGE_ONLY) {
            Set<String> averaged = new HashSet<>();
            sources.forEach(o -> o.hits.forEach(h -> averaged.add(h.fact.id())));
            w.hits.forEach(h -> h.inAverage = averaged.contains(h.fact.id()));
        }
    }
}
