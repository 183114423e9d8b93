package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.scoring.AdjustmentBounds;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee and appeal adjustments (审议调整、复核): the range check every adjustment passes, and withdrawal with a
 * reason (audited) after which the result is computed again without it — the original comes back.
 */
@Service
public class ResultAdjustments {

    private final ResultAdjustmentRepository adjustments;
    private final AssessmentRepository assessments;
    private final CampaignRepository campaigns;
    private final CampaignService campaignService;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    ResultAdjustments(
            ResultAdjustmentRepository adjustments,
            AssessmentRepository assessments,
            CampaignRepository campaigns,
            CampaignService campaignService,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock) {
        this.adjustments = adjustments;
        this.assessments = assessments;
        this.campaigns = campaigns;
        this.campaignService = campaignService;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Refuses (400, naming the field {@code value}) a value outside the target's range; changes nothing. */
    static void checkRange(Optional<AdjustmentBounds.Range> range, String label, BigDecimal value) {
        if (range.isPresent() && !range.get().contains(value)) {
            String allowed = "应在 " + range.get().text() + " 之间（分类上限与下限、方案总分范围）";
            throw new KaoheException(
                    CampaignError.ADJUSTMENT_OUT_OF_BOUNDS,
                    List.of(Problem.ofField("value", label + allowed)),
                    label,
                    value.toPlainString(),
                    allowed);
        }
    }

    /**
     * Withdraws an adjustment during the committee's review, with a reason: the row stays (who, when, why), the
     * campaign is ranked again without it, and the audit trail keeps the result before and after.
     */
    @Transactional
    public ResultAdjustment withdraw(long adjustmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED, List.of(Problem.ofField("reason", "请填写撤回理由")));
        }
        ResultAdjustment adjustment =
                adjustments.findById(adjustmentId).orElseThrow(() -> KaoheException.notFound("调整记录", adjustmentId));
        Assessment assessment = assessments
                .findById(adjustment.getAssessmentId())
                .orElseThrow(() -> KaoheException.notFound("个人考核", adjustment.getAssessmentId()));
        Campaign campaign = campaigns
                .lockById(assessment.getCampaignId())
                .orElseThrow(() -> KaoheException.notFound("考核批次", assessment.getCampaignId()));
        if (!adjustment.inForce()) {
            throw new KaoheException(CampaignError.ADJUSTMENT_WITHDRAWN, adjustment.getWithdrawnAt());
        }
        if (assessment.isLocked() || campaign.getStatus() == CampaignStatus.FINALISED) {
            throw new KaoheException(CampaignError.RESULTS_LOCKED);
        }
        CampaignService.requireStatus(campaign, CampaignStatus.COMMITTEE_REVIEW, "撤回调整");
        Map<String, Object> before = CampaignService.snapshot(assessment);
        adjustment.withdraw(actor.name(), OffsetDateTime.now(clock), reason.trim());
        adjustments.flush();
        campaignService.rescore(campaign);
        Map<String, Object> after = new LinkedHashMap<>(CampaignService.snapshot(assessment));
        after.put("withdrawnAdjustment", adjustmentId);
        after.put("target", adjustment.getTarget());
        after.put("value", adjustment.getNewValue());
        audit.record(AuditEvent.changed(
                "ADJUSTMENT_WITHDRAWN", "Assessment", assessment.getId(), before, after, reason.trim()));
        return adjustment;
    }
}
