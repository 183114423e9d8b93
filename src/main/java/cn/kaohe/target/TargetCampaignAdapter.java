package cn.kaohe.target;

import cn.kaohe.campaign.CampaignTargets;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register as campaigns read it: the engine's target results and the gaps before the ranking. */
@Component
class TargetCampaignAdapter implements CampaignTargets {

    private final TargetRepository targets;

    TargetCampaignAdapter(TargetRepository targets) {
        this.targets = targets;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetResult> results(long schemeVersionId, String periodLabel, Collection<Long> unitIds) {
        List<Long> ids = unitIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TargetResult> out = new ArrayList<>();
        for (Target t : targets.findBySchemeVersionIdAndPeriodLabelAndUnitIdInOrderByUnitIdAscCategoryIdAscPositionAsc(
                schemeVersionId, periodLabel, ids)) {
            TargetRules.result(t).ifPresent(out::add);
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Gaps gaps(long schemeVersionId, String periodLabel, Map<Long, String> unitNames) {
        Map<Long, List<Target>> byUnit = new LinkedHashMap<>();
        unitNames.keySet().forEach(u -> byUnit.put(u, new ArrayList<>()));
        if (!unitNames.isEmpty()) {
            targets.findBySchemeVersionIdAndPeriodLabelAndUnitIdInOrderByUnitIdAscCategoryIdAscPositionAsc(
                            schemeVersionId, periodLabel, List.copyOf(unitNames.keySet()))
                    .forEach(t -> byUnit.get(t.getUnitId()).add(t));
        }
        List<String> without = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            String name = unitNames.getOrDefault(unit, String.valueOf(unit));
            if (list.isEmpty()) {
                without.add(name);
            }
            for (Target t : list) {
                if (t.getCheckResult() != null) {
                    continue;
                }
                (t.isReported() ? unchecked : unreported).add(name + "：" + t.getTitle());
            }
        });
        return new Gaps(without, unreported, unchecked);
    }
}
