package cn.kaohe.campaign;

import cn.kaohe.shared.KaoheException;
import org.springframework.stereotype.Component;

/**
 * The campaign and assessment rows the use cases start from, found or a 404. No transaction of its own: each use case's
 * entry point holds it (and the campaign row lock, docs/adr/0010).
 */
@Component
class CampaignRows {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;

    CampaignRows(CampaignRepository campaigns, AssessmentRepository assessments) {
        this.campaigns = campaigns;
        this.assessments = assessments;
    }

    Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> KaoheException.notFound("考核批次", id));
    }

    /** The campaign row locked until the caller's transaction ends. */
    Campaign lock(long id) {
        return campaigns.lockById(id).orElseThrow(() -> KaoheException.notFound("考核批次", id));
    }

    Assessment assessment(long id) {
        return assessments.findById(id).orElseThrow(() -> KaoheException.notFound("个人考核", id));
    }
}
