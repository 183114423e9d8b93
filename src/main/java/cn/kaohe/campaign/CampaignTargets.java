package cn.kaohe.campaign;

import cn.kaohe.scoring.ScoringInput.TargetResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a campaign needs from the target register (目标责任书, seed 004 第十六、十七条): the targets of its units as the
 * scoring engine reads them, and what is still missing before the ranking. Implemented by the target module.
 */
public interface CampaignTargets {

    /**
     * The targets of {@code unitIds} registered under the scheme version for the period, with their completion: checked
     * items as the inspection found them (verified, 弄虚作假, 缺项), reported but unchecked items as reported (a
     * provisional score), unreported items not at all.
     */
    List<TargetResult> results(long schemeVersionId, String periodLabel, Collection<Long> unitIds);

    /**
     * What the ranking still lacks, by name (unit names from {@code unitNames}): units without targets, targets whose
     * completion is not reported, reported completions not yet checked.
     */
    Gaps gaps(long schemeVersionId, String periodLabel, Map<Long, String> unitNames);

    /** Names of what is missing, each list empty when complete. */
    record Gaps(List<String> withoutTargets, List<String> unreported, List<String> unchecked) {}
}
