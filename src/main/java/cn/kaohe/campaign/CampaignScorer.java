package cn.kaohe.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Calls the scoring engine for a campaign; implemented by an adapter over the scoring module. */
public interface CampaignScorer {

    /** Scores one assessment on its own (provisional, before the ranking): no rank, no quota grade. */
    ScoreResult scoreOne(Campaign campaign, Assessment assessment);

    /** Scores the whole campaign: ranking, grades, quota check and pay, with the adjustments applied. */
    CampaignResult scoreAll(Campaign campaign, List<Assessment> assessments, List<ResultAdjustment> adjustments);

    /** The explained result of one assessment; {@code resultJson} is the engine's full explanation. */
    record ScoreResult(
            BigDecimal total,
            String grade,
            String gradeLabel,
            Integer rank,
            Boolean eligible,
            BigDecimal pay,
            String resultJson) {}

    /** Per assessment id, plus the group results (quota check, pay reconciliation) as JSON. */
    record CampaignResult(Map<Long, ScoreResult> byAssessment, String groupJson) {}
}
