package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.campaign.CampaignScorer.CampaignResult;
import cn.kaohe.campaign.CampaignScorer.ScoreResult;
import cn.kaohe.campaign.CampaignService.Change;
import cn.kaohe.shared.KaoheException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring and ranking: the provisional score after a step, the whole campaign ranked and graded for the committee
 * (审议), and the committee's adjustments of a result, each of which re-ranks the campaign.
 */
@Service
public class CampaignRanking {

    private final CampaignRows rows;
    private final AssessmentRepository assessments;
    private final ResultAdjustmentRepository adjustments;
    private final CampaignScheme schemes;
    private final CampaignScorer scorer;
    private final RatingProgress ratings;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CampaignRanking(
            CampaignRows rows,
            AssessmentRepository assessments,
            ResultAdjustmentRepository adjustments,
            CampaignScheme schemes,
            CampaignScorer scorer,
            RatingProgress ratings,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.assessments = assessments;
        this.adjustments = adjustments;
        this.schemes = schemes;
        this.scorer = scorer;
        this.ratings = ratings;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Scores one assessment after a step (provisional after self-evaluation, again after the rating). The campaign row
     * is only read: how many assessments are rated is read from the assessments after this transaction commits, and
     * the campaign process is told then when the last one is in ({@link RatingProgress}, docs/adr/0013), so ratings of
     * one campaign never wait for each other.
     */
    @Transactional
    public void scoreAfterStep(long assessmentId, boolean rated) {
        Assessment assessment = rows.assessment(assessmentId);
        Campaign campaign = rows.campaign(assessment.getCampaignId());
        ScoreResult r = scorer.scoreOne(campaign, assessment);
        assessment.scored(r.total(), r.grade(), r.gradeLabel(), null, r.eligible(), null, r.resultJson());
        if (rated) {
            ratings.rated(campaign.getId());
        }
    }

    /**
     * Ranks and grades the whole campaign for the committee (审议). If the data is incomplete (a rating
     * missing, a derived score without sources) the committee gets the review anyway with the problems
     * listed, and can only send the campaign back; nothing is half-scored.
     */
    @Transactional
    public void rank(long campaignId) {
        Campaign campaign = rows.lock(campaignId);
        try {
            CampaignResult result = rescore(campaign);
            audit.record(AuditEvent.created("CAMPAIGN_RANKED", "Campaign", campaignId, result.groupJson(), null));
            events.publishEvent(new CampaignEvent.Ranked(campaignId));
        } catch (KaoheException e) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("error", e.errorCode().code());
            failure.put("message", e.getMessage());
            failure.put("problems", e.problems());
            String json = RankingFailure.write(failure);
            campaign.groupResult(json);
            audit.record(AuditEvent.created("CAMPAIGN_RANKING_FAILED", "Campaign", campaignId, json, e.getMessage()));
        }
        campaign.moveTo(CampaignStatus.COMMITTEE_REVIEW);
    }

    /**
     * Checks a change of a result: the target is a category of the scheme, {@code TOTAL} or {@code GRADE}; a score is a
     * number within ±100000 with at most 4 decimals; a grade is one of the scheme's grades (its code or its label).
     */
    Change checkChange(Campaign campaign, Change change) {
        Map<String, String> categories = schemes.categories(campaign.getSchemeVersionId());
        Map<String, String> grades = schemes.gradeLabels(campaign.getSchemeVersionId());
        String target = change.target() == null ? "" : change.target().trim();
        String value = change.value() == null ? "" : change.value().trim();
        if (target.equals(ResultAdjustment.GRADE) && !grades.isEmpty()) {
            for (Map.Entry<String, String> g : grades.entrySet()) {
                if (g.getKey().equals(value) || g.getValue().equals(value)) {
                    return new Change(target, g.getKey());
                }
            }
            throw new KaoheException(
                    CampaignError.BAD_ADJUSTMENT_VALUE, "等次", value, "可选 " + String.join("、", grades.values()));
        }
        if (!target.equals(ResultAdjustment.TOTAL) && !categories.containsKey(target)) {
            List<String> options = new java.util.ArrayList<>(categories.keySet());
            options.add(ResultAdjustment.TOTAL);
            if (!grades.isEmpty()) {
                options.add(ResultAdjustment.GRADE);
            }
            throw new KaoheException(CampaignError.BAD_ADJUSTMENT_TARGET, target, String.join("、", options));
        }
        String label = target.equals(ResultAdjustment.TOTAL) ? "总分" : categories.get(target);
        java.math.BigDecimal number;
        try {
            number = new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new KaoheException(CampaignError.BAD_ADJUSTMENT_VALUE, label, value, "须为数字");
        }
        if (number.abs().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0 || number.scale() > 4) {
            throw new KaoheException(CampaignError.BAD_ADJUSTMENT_VALUE, label, value, "超出可用范围");
        }
        // the category's cap and floor, the scheme's total bounds (ResultAdjustments, docs/adr/0011)
        ResultAdjustments.checkRange(schemes.adjustmentRange(campaign.getSchemeVersionId(), target), label, number);
        return new Change(target, number.toPlainString());
    }

    /** True when the last ranking produced results (not a list of problems). */
    static boolean ranked(Campaign campaign) {
        return campaign.getGroupResult() != null && !RankingFailure.isFailure(campaign.getGroupResult());
    }

    CampaignResult rescore(Campaign campaign) {
        List<Assessment> all = assessments.findByCampaignIdOrderByIdAsc(campaign.getId());
        List<ResultAdjustment> adj =
                adjustments.findInForce(all.stream().map(Assessment::getId).toList());
        CampaignResult result = scorer.scoreAll(campaign, all, adj);
        for (Assessment a : all) {
            ScoreResult r = result.byAssessment().get(a.getId());
            if (r != null) {
                a.scored(r.total(), r.grade(), r.gradeLabel(), r.rank(), r.eligible(), r.pay(), r.resultJson());
            }
        }
        campaign.groupResult(result.groupJson());
        return result;
    }

    /** The committee changes a score or grade, with a written reason; the campaign is re-ranked. */
    @Transactional
    public ResultAdjustment adjust(long assessmentId, String target, String newValue, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        Assessment assessment = rows.assessment(assessmentId);
        Campaign campaign = rows.lock(assessment.getCampaignId());
        if (assessment.isLocked() || campaign.getStatus() == CampaignStatus.FINALISED) {
            // a finalised result changes only through an appeal decided by the committee
            throw new KaoheException(CampaignError.RESULTS_LOCKED);
        }
        CampaignService.requireStatus(campaign, CampaignStatus.COMMITTEE_REVIEW, "审议调整");
        Change checked = checkChange(campaign, new Change(target, newValue));
        Map<String, Object> before = CampaignService.snapshot(assessment);
        ResultAdjustment adjustment = adjustments.save(new ResultAdjustment(
                assessmentId,
                checked.target(),
                checked.value(),
                reason.trim(),
                ResultAdjustment.COMMITTEE,
                null,
                actor.name(),
                OffsetDateTime.now(clock)));
        rescore(campaign);
        audit.record(AuditEvent.changed(
                "RESULT_ADJUSTED",
                "Assessment",
                assessmentId,
                before,
                CampaignService.snapshot(assessment),
                reason.trim()));
        return adjustment;
    }
}
