package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office takes a subject out of a campaign's ranking, with a reason (seed 004 第二十九条 不参与年度考核的单位; 第三十条
 * 一律不予奖励), or puts it back — before the ranking only, audited. The engine then explains the reason and gives the
 * subject no rank, grade or pay (docs/adr/0017).
 */
@Service
public class CampaignExclusions {

    /** Statuses before the ranking is computed. */
    private static final Set<CampaignStatus> BEFORE_RANKING =
            Set.of(CampaignStatus.OPENING, CampaignStatus.IN_PROGRESS, CampaignStatus.REWORK);

    static final int MAX_REASON = 200;

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final AuditTrail audit;

    CampaignExclusions(CampaignRepository campaigns, AssessmentRepository assessments, AuditTrail audit) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.audit = audit;
    }

    /** Takes the assessment's subject out of the ranking; the reason is required (at most 200 characters). */
    @Transactional
    public Assessment exclude(long campaignId, long assessmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(
                    CampaignError.EXCLUSION_REASON_REQUIRED, List.of(Problem.ofField("reason", "请填写原因")));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new KaoheException(
                    CampaignError.EXCLUSION_REASON_REQUIRED,
                    List.of(Problem.ofField("reason", "原因最多 " + MAX_REASON + " 字")));
        }
        return change(campaignId, assessmentId, reason.strip(), "ASSESSMENT_EXCLUDED", reason.strip());
    }

    /** Puts the subject back into the ranking, with a reason. */
    @Transactional
    public Assessment include(long campaignId, long assessmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED, List.of(Problem.ofField("reason", "请填写理由")));
        }
        return change(campaignId, assessmentId, null, "ASSESSMENT_INCLUDED", reason.strip());
    }

    /** The assessments taken out of the ranking, with their reasons. */
    @Transactional(readOnly = true)
    public List<Assessment> excluded(long campaignId) {
        return assessments.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .filter(a -> a.getExcludedReason() != null)
                .toList();
    }

    private Assessment change(long campaignId, long assessmentId, String excludedReason, String action, String why) {
        Campaign campaign =
                campaigns.findById(campaignId).orElseThrow(() -> KaoheException.notFound("考核批次", campaignId));
        Assessment a = assessments
                .findById(assessmentId)
                .filter(x -> x.getCampaignId().equals(campaignId))
                .orElseThrow(() -> new KaoheException(
                        CampaignError.ASSESSMENT_NOT_IN_CAMPAIGN,
                        String.valueOf(campaignId),
                        String.valueOf(assessmentId)));
        if (!BEFORE_RANKING.contains(campaign.getStatus())) {
            throw new KaoheException(
                    CampaignError.EXCLUSION_AFTER_RANKING,
                    List.of(Problem.ofField("assessmentId", "排名后不能调整")),
                    campaign.getStatus().label());
        }
        Map<String, Object> before = snapshot(a);
        a.exclude(excludedReason);
        assessments.saveAndFlush(a);
        audit.record(AuditEvent.changed(action, "Assessment", assessmentId, before, snapshot(a), why));
        return a;
    }

    private static Map<String, Object> snapshot(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaignId", a.getCampaignId());
        m.put("cadreId", a.getCadreId());
        m.put("subjectUnitId", a.getSubjectUnitId());
        m.put("excludedReason", a.getExcludedReason());
        return m;
    }
}
